// name: shared-departments
// purpose: Projects that two or more departments work on, with the departments and their types (no exchange ids).
// param: city: string = null -- only projects of this city (漯河 or 漯河市); all cities when null
// param: min_departments: int = 2 -- at least this many departments
// sort: departments, department_types
// # The named query shared-projects without its exchange ids: at 10 000 sessions a project has ~100 of them,
// # and collecting and sorting them was three quarters of that query's time. The Shared projects page draws
// # its matrix and network from this; its table (with the ids) runs shared-projects when it is opened.
MATCH (d:Department)-[:WORKS_ON]->(p:Project)
WHERE p.city = $city OR p.city = $city + '市' OR $city IS NULL
WITH p, collect(DISTINCT d.name) AS departments, collect(DISTINCT d.type) AS department_types
WHERE size(departments) >= $min_departments
RETURN p.name AS project, p.city AS city, size(departments) AS department_count,
       departments, department_types
ORDER BY department_count DESC, city, project
