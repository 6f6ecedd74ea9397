// name: cities
// purpose: city names (filters)
// params: none
MATCH (c:City)
RETURN c.name AS city
ORDER BY city
