// name: diffusion-city-years
// purpose: Sessions held per city and year: the cities and years of the city × year × tool panel, and how many chances each city-year had to mention a tool.
// # year is null for a session whose year is unknown; such sessions are left out of the panel
// order: city, year
MATCH (s:Session)-[:HELD_IN]->(c:City)
RETURN c.name AS city, c.province AS province, s.year AS year, count(s) AS sessions
