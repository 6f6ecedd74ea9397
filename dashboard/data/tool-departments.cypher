// name: tool-departments
// purpose: The departments that use one policy tool, with the exchanges behind each.
// param: name: string -- the tool's name
// sort: exchanges
MATCH (d:Department)-[u:USES]->(t:PolicyTool)
WHERE t.name = $name
RETURN d.name AS department, d.city AS city, d.type AS type, u.count AS count, u.exchanges AS exchanges
ORDER BY count DESC, department, city
