// name: shared-projects
// purpose: Projects that two or more departments work on, with the departments, the city and the exchange ids.
// param: city: string = null -- only projects of this city (漯河 or 漯河市); all cities when null
// param: min_departments: int = 2 -- at least this many departments
// sort: departments, department_types, exchanges
MATCH (d:Department)-[:WORKS_ON]->(p:Project)
WHERE p.city = $city OR p.city = $city + '市' OR $city IS NULL
WITH p, collect(DISTINCT d.name) AS departments, collect(DISTINCT d.type) AS department_types
WHERE size(departments) >= $min_departments
MATCH (:Department)-[w:WORKS_ON]->(p)
UNWIND w.exchanges AS exchange
WITH p, departments, department_types, collect(DISTINCT exchange) AS exchanges
RETURN p.name AS project, p.city AS city, size(departments) AS department_count,
       departments, department_types, exchanges
ORDER BY department_count DESC, city, project
