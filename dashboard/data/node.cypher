// name: node
// purpose: One node by label and key.
// param: label: label -- the node's label
// param: id: string -- its key
MATCH (n:$($label))
WHERE n.id = $id
RETURN n
