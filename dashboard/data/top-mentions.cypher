// name: top-mentions
// purpose: the most-mentioned entities of one label (Project, PolicyTool, ...)
// params: limit INT64 = 10; {{label}} is an entity label from graph.schema
MATCH (e:Exchange)-[m:MENTIONS]->(x:{{label}})
RETURN x.id AS id, x.name AS name, count(m) AS mentions,
       count(DISTINCT e.id) AS exchanges, count(DISTINCT e.city) AS cities
ORDER BY mentions DESC, name
LIMIT $limit
