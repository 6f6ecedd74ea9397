// name: nodes-of-label
// purpose: Every node of one label (the names for the Explore search).
// param: label: label -- the label
MATCH (n:$($label))
RETURN n
ORDER BY n.id
