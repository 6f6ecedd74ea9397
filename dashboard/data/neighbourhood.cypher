// name: neighbourhood
// purpose: the relationships of some nodes of one label and the nodes at their other end
// params: ids STRING[], limit INT64; {{label}} a label and {{types}} an optional
//         ":A|B" list of relationship types, both from graph.schema
MATCH (n:{{label}})-[r{{types}}]-(m)
WHERE n.id IN $ids
RETURN n, r, m
LIMIT $limit
