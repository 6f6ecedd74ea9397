// name: node
// purpose: one node by label and key
// params: id STRING; {{label}} is a label from graph.schema
MATCH (n:{{label}})
WHERE n.id = $id
RETURN n
