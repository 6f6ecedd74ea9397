// name: department-types
// purpose: every department's name and type (the Shared projects matrix groups departments by type)
// params: none
MATCH (d:Department)
RETURN d.name AS name, d.type AS type
ORDER BY name
