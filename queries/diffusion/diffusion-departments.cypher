// name: diffusion-departments
// purpose: The type of every department (发展和改革, 财政 …), to say which kinds of department took part in an adoption.
// order: department
MATCH (d:Department)
RETURN d.id AS department, d.type AS type
