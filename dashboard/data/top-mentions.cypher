// name: top-mentions
// purpose: The most-mentioned entities of one label (Project, PolicyTool, ...).
// param: label: label -- an entity label (Project, PolicyTool, IndustryChain, Organization)
// param: limit: int = 10 -- at most this many rows
MATCH (e:Exchange)-[m:MENTIONS]->(x:$($label))
RETURN x.id AS id, x.name AS name, count(m) AS mentions,
       count(DISTINCT e.id) AS exchanges, count(DISTINCT e.city) AS cities
ORDER BY mentions DESC, name, id
LIMIT $limit
