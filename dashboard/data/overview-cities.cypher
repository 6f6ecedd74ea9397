// name: overview-cities
// purpose: Sessions per city, for the Overview map.
MATCH (s:Session)-[:HELD_IN]->(c:City)
RETURN c.name AS city, c.province AS province, count(s) AS sessions
ORDER BY sessions DESC, city
