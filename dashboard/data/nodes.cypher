// name: nodes
// purpose: Nodes of one label by their keys.
// param: label: label -- the nodes' label
// param: ids: list -- their keys
// # One key lookup per id: `n.id IN $ids` scanned the whole table in LadybugDB (0.4 s for one exchange).
UNWIND $ids AS id
MATCH (n:$($label))
WHERE n.id = id
RETURN n
ORDER BY n.id
