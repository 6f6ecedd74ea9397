// name: search-names
// purpose: The name, aliases and city of every node the Explore search covers (dashboard.data.SEARCH_LABELS).
// # Names only: whole nodes (a department's every property) took seconds at 10 000 sessions.
MATCH (n:Project|PolicyTool|IndustryChain|Organization|Department|DepartmentType|Person|City)
RETURN labels(n)[0] AS label, n.id AS key, n.name AS name, n.city AS city, n.aliases AS aliases
ORDER BY label, key
