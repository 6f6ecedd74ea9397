// name: tool-departments
// purpose: the departments that use one policy tool, with the exchanges behind it
// params: name STRING
MATCH (d:Department)-[u:USES]->(t:PolicyTool)
WHERE t.name = $name
RETURN d.name AS department, d.city AS city, d.type AS type, u.count AS count, u.exchanges AS exchanges
ORDER BY count DESC, department
