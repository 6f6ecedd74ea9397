// name: person-profile
// purpose: A person's questions asked and answered and the departments they served in.
// param: person: string -- the person's name (王静)
// param: city: string = null -- only the person of this city (漯河 or 漯河市)
// sort: departments, titles, asked, answered
MATCH (r:Person)
WHERE r.name = $person AND (r.city = $city OR r.city = $city + '市' OR $city IS NULL)
OPTIONAL MATCH (r)-[:ASKED]->(qe:Exchange)
WITH r, collect(DISTINCT qe.id) AS asked
OPTIONAL MATCH (r)-[:ANSWERED]->(ae:Exchange)
WITH r, asked, collect(DISTINCT ae.id) AS answered
OPTIONAL MATCH (r)-[sv:SERVES_IN]->(d:Department)
RETURN r.name AS person, r.city AS city, r.role AS role, size(asked) AS questions_asked,
       size(answered) AS questions_answered, collect(DISTINCT d.name) AS departments,
       collect(DISTINCT sv.title) AS titles, asked, answered
ORDER BY city, person
