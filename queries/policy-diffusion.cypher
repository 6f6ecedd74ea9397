// name: policy-diffusion
// purpose: Policy tools that appear in two or more cities, with the cities and the first date seen in each.
// param: min_cities: int = 2 -- at least this many cities
// # first_dates[i] is the first date the tool was seen in cities[i] ('unknown' when no session date); both lists run oldest first
// sort: first_dates+cities
MATCH (c:City)-[:ADOPTS]->(t:PolicyTool)
WITH t, count(DISTINCT c) AS city_count
WHERE city_count >= $min_cities
MATCH (c:City)-[a:ADOPTS]->(t)
RETURN t.name AS policy, t.category AS category, city_count,
       collect(c.name) AS cities, collect(coalesce(a.first_date, 'unknown')) AS first_dates
ORDER BY city_count DESC, policy
