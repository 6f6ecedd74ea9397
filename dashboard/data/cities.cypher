// name: cities
// purpose: City names, for the dashboard's filters.
MATCH (c:City)
RETURN c.name AS city
ORDER BY city
