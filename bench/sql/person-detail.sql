-- GET /api/v1/persons/stalin: the read-model row (PersonView.findById)
select p.id, p.detail_json from person_read p where p.id = 'stalin';
