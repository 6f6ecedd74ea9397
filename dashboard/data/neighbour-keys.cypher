// name: neighbour-keys
// purpose: The neighbours of some nodes of one label, with only what names and groups them (no long text).
// param: label: label -- the label of the nodes
// param: ids: list -- their keys
// param: types: list = [] -- only relationships of these types (names from graph.schema); all when empty
// param: limit: int -- at most this many rows
// # One row per relationship. A grouped view needs every neighbour's label, key, caption and group value
// # (department type, province, city), not its text: an exchange's question and answer and a mention's
// # sentence are what make the full rows slow. The direction is left out: the schema gives it
// # (dashboard.data.edge_direction). Ordered before the limit so that both stores keep the same rows.
MATCH (n:$($label))-[r]-(m)
WHERE n.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
RETURN n.id AS source, type(r) AS type, labels(m)[0] AS label, m.id AS key, m.name AS name,
       m.type AS department_type, m.province AS province, m.city AS city, m.seq AS seq, m.title AS title,
       m.date AS date
ORDER BY source, type, label, key
LIMIT $limit
