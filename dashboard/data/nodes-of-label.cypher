// name: nodes-of-label
// purpose: every node of one label (names for the search index)
// params: {{label}} is a label from graph.schema
MATCH (n:{{label}})
RETURN n
