// name: edges-between
// purpose: The relationships between given nodes of two labels, with both ends (the nodes a graph view draws).
// param: label: label -- the label of the nodes at one end
// param: ids: list -- their keys
// param: other: label -- the label of the nodes at the other end
// param: others: list -- their keys
// param: types: list = [] -- only relationships of these types (names from graph.schema); all when empty
// order: n, r, m
// # Sorted after the query: between two labels a relationship may have no `part` to order by in LadybugDB.
// # Key lookups at both ends (see nodes.cypher); LadybugDB planned `m.id IN $others` as a scan of every
// # relationship of the label pair (1.2 s for one exchange's mention of the busiest tool at 10 000 sessions).
UNWIND $ids AS id
MATCH (n:$($label))
WHERE n.id = id
WITH n
UNWIND $others AS other_id
MATCH (n)-[r]-(m:$($other))
WHERE m.id = other_id AND (size($types) = 0 OR type(r) IN $types)
RETURN n, r, m
