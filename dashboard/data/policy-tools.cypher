// name: policy-tools
// purpose: Every policy tool with its mention count (the Policy trace picker).
MATCH (t:PolicyTool)
OPTIONAL MATCH (e:Exchange)-[m:MENTIONS]->(t)
RETURN t.name AS name, t.category AS category, count(m) AS mentions,
       count(DISTINCT e.city) AS cities
ORDER BY mentions DESC, name
