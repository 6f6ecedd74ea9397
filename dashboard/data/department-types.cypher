// name: department-types
// purpose: Every department's name and type (the Shared projects matrix groups departments by type).
MATCH (d:Department)
RETURN d.name AS name, d.type AS type
ORDER BY name, type
