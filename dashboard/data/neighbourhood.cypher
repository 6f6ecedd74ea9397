// name: neighbourhood
// purpose: The relationships of some nodes of one label and the nodes at their other end.
// param: label: label -- the label of the nodes
// param: ids: list -- their keys
// param: types: list = [] -- only relationships of these types (names from graph.schema); all when empty
// param: limit: int -- at most this many rows
// # Ordered before the limit so that both stores keep the same rows when it cuts.
MATCH (n:$($label))-[r]-(m)
WHERE n.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
RETURN n, r, m
ORDER BY n.id, type(r), m.id, r.part, r.start
LIMIT $limit
