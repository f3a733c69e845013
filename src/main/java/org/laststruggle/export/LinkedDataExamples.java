package org.laststruggle.export;

/** OpenAPI examples of the entities' JSON-LD: real answers, lists shortened to two items and one citation. */
final class LinkedDataExamples {

    private LinkedDataExamples() {
    }

    static final String BODY = "{\n" +
            "  \"@context\": {\n" +
            "    \"schema\": \"http://schema.org/\", \"oa\": \"http://www.w3.org/ns/oa#\",\n" +
            "    \"dc\": \"http://purl.org/dc/elements/1.1/\", \"dcterms\": \"http://purl.org/dc/terms/\",\n" +
            "    \"dctypes\": \"http://purl.org/dc/dcmitype/\", \"rdfs\": \"http://www.w3.org/2000/01/rdf-schema#\",\n" +
            "    \"xsd\": \"http://www.w3.org/2001/XMLSchema#\", \"ls\": \"https://laststruggle.org/ns#\", \"id\": \"@id\",\n" +
            "    \"type\": \"@type\", \"Person\": \"schema:Person\", \"Organization\": \"schema:Organization\",\n" +
            "    \"Event\": \"schema:Event\", \"Message\": \"schema:Message\", \"CreativeWork\": \"schema:CreativeWork\",\n" +
            "    \"Article\": \"schema:Article\", \"Book\": \"schema:Book\", \"Report\": \"schema:Report\",\n" +
            "    \"PublicationEvent\": \"schema:PublicationEvent\", \"Place\": \"schema:Place\", \"Role\": \"schema:Role\",\n" +
            "    \"Thing\": \"schema:Thing\", \"HistDate\": \"ls:HistDate\", \"name\": \"schema:name\",\n" +
            "    \"alternateName\": \"schema:alternateName\", \"description\": \"schema:description\",\n" +
            "    \"birthDate\": \"schema:birthDate\", \"deathDate\": \"schema:deathDate\",\n" +
            "    \"dateCreated\": \"schema:dateCreated\", \"startDate\": \"schema:startDate\", \"endDate\": \"schema:endDate\",\n" +
            "    \"author\": \"schema:author\", \"recipient\": \"schema:recipient\", \"isPartOf\": \"schema:isPartOf\",\n" +
            "    \"hasPart\": \"schema:hasPart\", \"publication\": \"schema:publication\",\n" +
            "    \"participant\": \"schema:participant\", \"roleName\": \"schema:roleName\", \"about\": \"schema:about\",\n" +
            "    \"superEvent\": \"schema:superEvent\", \"subEvent\": \"schema:subEvent\", \"organizer\": \"schema:organizer\",\n" +
            "    \"location\": \"schema:location\", \"kind\": \"ls:kind\", \"dictatedTo\": \"ls:dictatedTo\",\n" +
            "    \"congress\": \"ls:congress\", \"date\": \"ls:date\", \"born\": \"ls:born\", \"died\": \"ls:died\",\n" +
            "    \"precision\": \"ls:precision\", \"uncertain\": \"ls:uncertain\", \"approximate\": \"ls:approximate\",\n" +
            "    \"number\": {\"@id\": \"ls:number\", \"@type\": \"xsd:integer\"},\n" +
            "    \"edtf\": {\"@id\": \"ls:edtf\", \"@type\": \"http://id.loc.gov/datatypes/edtf/EDTF\"},\n" +
            "    \"earliest\": {\"@id\": \"ls:earliest\", \"@type\": \"xsd:date\"},\n" +
            "    \"latest\": {\"@id\": \"ls:latest\", \"@type\": \"xsd:date\"}, \"label\": \"rdfs:label\",\n" +
            "    \"authored\": {\"@reverse\": \"schema:author\"}, \"received\": {\"@reverse\": \"schema:recipient\"},\n" +
            "    \"tookDown\": {\"@reverse\": \"ls:dictatedTo\"}, \"documents\": {\"@reverse\": \"ls:congress\"},\n" +
            "    \"citations\": {\"@reverse\": \"oa:hasBody\"}, \"Annotation\": \"oa:Annotation\",\n" +
            "    \"SpecificResource\": \"oa:SpecificResource\", \"TextQuoteSelector\": \"oa:TextQuoteSelector\",\n" +
            "    \"TextPositionSelector\": \"oa:TextPositionSelector\", \"Text\": \"dctypes:Text\",\n" +
            "    \"identifying\": \"oa:identifying\", \"motivation\": {\"@id\": \"oa:motivatedBy\", \"@type\": \"@vocab\"},\n" +
            "    \"creator\": {\"@id\": \"dcterms:creator\", \"@type\": \"@id\"},\n" +
            "    \"target\": {\"@id\": \"oa:hasTarget\", \"@type\": \"@id\"}, \"source\": {\"@id\": \"oa:hasSource\", \"@type\": \"@id\"},\n" +
            "    \"selector\": {\"@id\": \"oa:hasSelector\", \"@type\": \"@id\"}, \"format\": \"dc:format\", \"exact\": \"oa:exact\",\n" +
            "    \"prefix\": \"oa:prefix\", \"suffix\": \"oa:suffix\",\n" +
            "    \"start\": {\"@id\": \"oa:start\", \"@type\": \"xsd:nonNegativeInteger\"},\n" +
            "    \"end\": {\"@id\": \"oa:end\", \"@type\": \"xsd:nonNegativeInteger\"}\n" +
            "  },\n" +
            "  \"id\": \"http://localhost:8080/api/v1/bodies/politburo\",\n" +
            "  \"type\": \"Organization\",\n" +
            "  \"name\": \"Political Bureau of the Central Committee\",\n" +
            "  \"kind\": \"party-organ\",\n" +
            "  \"received\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/documents/trotsky-letter-on-ukraine-1920-11-02\",\n" +
            "      \"type\": \"CreativeWork\",\n" +
            "      \"name\": \"Trotsky's message to Lenin and the Politburo on Soviet rule in the Ukraine\"\n" +
            "    },\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/documents/letter-to-the-politburo-1921-12-07\",\n" +
            "      \"type\": \"CreativeWork\",\n" +
            "      \"name\": \"Note to the Politburo on leaving for rest\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"citations\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/annotations/body-politburo-23e2213d5b\",\n" +
            "      \"type\": \"Annotation\",\n" +
            "      \"motivation\": \"identifying\",\n" +
            "      \"creator\": {\n" +
            "        \"id\": \"http://localhost:8080/\",\n" +
            "        \"type\": \"Organization\",\n" +
            "        \"name\": \"Last Struggle\"\n" +
            "      },\n" +
            "      \"target\": {\n" +
            "        \"type\": \"SpecificResource\",\n" +
            "        \"source\": {\n" +
            "          \"id\": \"http://localhost:8080/api/v1/sources/pathfinder-1975/text\",\n" +
            "          \"type\": \"Text\",\n" +
            "          \"format\": \"text/plain\"\n" +
            "        },\n" +
            "        \"selector\": [\n" +
            "          {\n" +
            "            \"type\": \"TextQuoteSelector\",\n" +
            "            \"exact\": \"Letter to the Politburo (excerpt) by Leon Trotsky\",\n" +
            "            \"prefix\": \" \\nCommission by V.I. Lenin 82 \\n\\n\",\n" +
            "            \"suffix\": \" 86 \\n\\nHow We Should Reorganize t\"\n" +
            "          },\n" +
            "          {\n" +
            "            \"type\": \"TextPositionSelector\",\n" +
            "            \"start\": 1437,\n" +
            "            \"end\": 1486\n" +
            "          }\n" +
            "        ]\n" +
            "      }\n" +
            "    }\n" +
            "  ]\n" +
            "}";

    static final String PERSON = "{\n" +
            "  \"@context\": {\n" +
            "    \"schema\": \"http://schema.org/\", \"oa\": \"http://www.w3.org/ns/oa#\",\n" +
            "    \"dc\": \"http://purl.org/dc/elements/1.1/\", \"dcterms\": \"http://purl.org/dc/terms/\",\n" +
            "    \"dctypes\": \"http://purl.org/dc/dcmitype/\", \"rdfs\": \"http://www.w3.org/2000/01/rdf-schema#\",\n" +
            "    \"xsd\": \"http://www.w3.org/2001/XMLSchema#\", \"ls\": \"https://laststruggle.org/ns#\", \"id\": \"@id\",\n" +
            "    \"type\": \"@type\", \"Person\": \"schema:Person\", \"Organization\": \"schema:Organization\",\n" +
            "    \"Event\": \"schema:Event\", \"Message\": \"schema:Message\", \"CreativeWork\": \"schema:CreativeWork\",\n" +
            "    \"Article\": \"schema:Article\", \"Book\": \"schema:Book\", \"Report\": \"schema:Report\",\n" +
            "    \"PublicationEvent\": \"schema:PublicationEvent\", \"Place\": \"schema:Place\", \"Role\": \"schema:Role\",\n" +
            "    \"Thing\": \"schema:Thing\", \"HistDate\": \"ls:HistDate\", \"name\": \"schema:name\",\n" +
            "    \"alternateName\": \"schema:alternateName\", \"description\": \"schema:description\",\n" +
            "    \"birthDate\": \"schema:birthDate\", \"deathDate\": \"schema:deathDate\",\n" +
            "    \"dateCreated\": \"schema:dateCreated\", \"startDate\": \"schema:startDate\", \"endDate\": \"schema:endDate\",\n" +
            "    \"author\": \"schema:author\", \"recipient\": \"schema:recipient\", \"isPartOf\": \"schema:isPartOf\",\n" +
            "    \"hasPart\": \"schema:hasPart\", \"publication\": \"schema:publication\",\n" +
            "    \"participant\": \"schema:participant\", \"roleName\": \"schema:roleName\", \"about\": \"schema:about\",\n" +
            "    \"superEvent\": \"schema:superEvent\", \"subEvent\": \"schema:subEvent\", \"organizer\": \"schema:organizer\",\n" +
            "    \"location\": \"schema:location\", \"kind\": \"ls:kind\", \"dictatedTo\": \"ls:dictatedTo\",\n" +
            "    \"congress\": \"ls:congress\", \"date\": \"ls:date\", \"born\": \"ls:born\", \"died\": \"ls:died\",\n" +
            "    \"precision\": \"ls:precision\", \"uncertain\": \"ls:uncertain\", \"approximate\": \"ls:approximate\",\n" +
            "    \"number\": {\"@id\": \"ls:number\", \"@type\": \"xsd:integer\"},\n" +
            "    \"edtf\": {\"@id\": \"ls:edtf\", \"@type\": \"http://id.loc.gov/datatypes/edtf/EDTF\"},\n" +
            "    \"earliest\": {\"@id\": \"ls:earliest\", \"@type\": \"xsd:date\"},\n" +
            "    \"latest\": {\"@id\": \"ls:latest\", \"@type\": \"xsd:date\"}, \"label\": \"rdfs:label\",\n" +
            "    \"authored\": {\"@reverse\": \"schema:author\"}, \"received\": {\"@reverse\": \"schema:recipient\"},\n" +
            "    \"tookDown\": {\"@reverse\": \"ls:dictatedTo\"}, \"documents\": {\"@reverse\": \"ls:congress\"},\n" +
            "    \"citations\": {\"@reverse\": \"oa:hasBody\"}, \"Annotation\": \"oa:Annotation\",\n" +
            "    \"SpecificResource\": \"oa:SpecificResource\", \"TextQuoteSelector\": \"oa:TextQuoteSelector\",\n" +
            "    \"TextPositionSelector\": \"oa:TextPositionSelector\", \"Text\": \"dctypes:Text\",\n" +
            "    \"identifying\": \"oa:identifying\", \"motivation\": {\"@id\": \"oa:motivatedBy\", \"@type\": \"@vocab\"},\n" +
            "    \"creator\": {\"@id\": \"dcterms:creator\", \"@type\": \"@id\"},\n" +
            "    \"target\": {\"@id\": \"oa:hasTarget\", \"@type\": \"@id\"}, \"source\": {\"@id\": \"oa:hasSource\", \"@type\": \"@id\"},\n" +
            "    \"selector\": {\"@id\": \"oa:hasSelector\", \"@type\": \"@id\"}, \"format\": \"dc:format\", \"exact\": \"oa:exact\",\n" +
            "    \"prefix\": \"oa:prefix\", \"suffix\": \"oa:suffix\",\n" +
            "    \"start\": {\"@id\": \"oa:start\", \"@type\": \"xsd:nonNegativeInteger\"},\n" +
            "    \"end\": {\"@id\": \"oa:end\", \"@type\": \"xsd:nonNegativeInteger\"}\n" +
            "  },\n" +
            "  \"id\": \"http://localhost:8080/api/v1/persons/fotieva\",\n" +
            "  \"type\": \"Person\",\n" +
            "  \"name\": \"Lydia Alexandrovna Fotieva\",\n" +
            "  \"alternateName\": [\n" +
            "    \"Fotieva\",\n" +
            "    \"L. Fotieva\"\n" +
            "  ],\n" +
            "  \"description\": \"Lenin’s secretary and secretary of the Council of People’s Commissars, who took down the January 4, 1923 addition to the testament and carried Lenin’s messages on the Georgian question.\",\n" +
            "  \"birthDate\": \"1881\",\n" +
            "  \"born\": {\n" +
            "    \"type\": \"HistDate\",\n" +
            "    \"edtf\": \"1881\",\n" +
            "    \"earliest\": \"1881-01-01\",\n" +
            "    \"latest\": \"1881-12-31\",\n" +
            "    \"precision\": \"year\",\n" +
            "    \"label\": \"1881\",\n" +
            "    \"uncertain\": false,\n" +
            "    \"approximate\": false\n" +
            "  },\n" +
            "  \"authored\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/documents/fotieva-letter-on-the-national-question-1923-03-16\",\n" +
            "      \"type\": \"CreativeWork\",\n" +
            "      \"name\": \"Fotieva's statement on Lenin's intentions for his notes on the national question\"\n" +
            "    },\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/documents/iz-vospominanii-o-lenine-1964\",\n" +
            "      \"type\": \"CreativeWork\",\n" +
            "      \"name\": \"Fotieva's memoirs, Iz vospominanii o Lenine\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"tookDown\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/documents/letter-to-frumkin-stomonyakov-1922-12-12\",\n" +
            "      \"type\": \"CreativeWork\",\n" +
            "      \"name\": \"Letter to Frumkin and Stomonyakov on defending the monopoly at the plenum\"\n" +
            "    },\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/documents/letter-to-the-congress\",\n" +
            "      \"type\": \"CreativeWork\",\n" +
            "      \"name\": \"Letter to the Congress (Lenin's \\\"Testament\\\")\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"citations\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/annotations/person-fotieva-c95c0d1aed\",\n" +
            "      \"type\": \"Annotation\",\n" +
            "      \"motivation\": \"identifying\",\n" +
            "      \"creator\": {\n" +
            "        \"id\": \"http://localhost:8080/\",\n" +
            "        \"type\": \"Organization\",\n" +
            "        \"name\": \"Last Struggle\"\n" +
            "      },\n" +
            "      \"target\": {\n" +
            "        \"type\": \"SpecificResource\",\n" +
            "        \"source\": {\n" +
            "          \"id\": \"http://localhost:8080/api/v1/sources/pathfinder-1975/text\",\n" +
            "          \"type\": \"Text\",\n" +
            "          \"format\": \"text/plain\"\n" +
            "        },\n" +
            "        \"selector\": [\n" +
            "          {\n" +
            "            \"type\": \"TextQuoteSelector\",\n" +
            "            \"exact\": \"Fotieva, Lydia Alexandrovna (1881- )\",\n" +
            "            \"prefix\": \" Subsequent fate un- \\nknown. \\n\\n\\n\",\n" +
            "            \"suffix\": \"—Member of Russian So- \\ncial Dem\"\n" +
            "          },\n" +
            "          {\n" +
            "            \"type\": \"TextPositionSelector\",\n" +
            "            \"start\": 346658,\n" +
            "            \"end\": 346694\n" +
            "          }\n" +
            "        ]\n" +
            "      }\n" +
            "    }\n" +
            "  ]\n" +
            "}";
    static final String DOCUMENT = "{\n" +
            "  \"@context\": {\n" +
            "    \"schema\": \"http://schema.org/\", \"oa\": \"http://www.w3.org/ns/oa#\",\n" +
            "    \"dc\": \"http://purl.org/dc/elements/1.1/\", \"dcterms\": \"http://purl.org/dc/terms/\",\n" +
            "    \"dctypes\": \"http://purl.org/dc/dcmitype/\", \"rdfs\": \"http://www.w3.org/2000/01/rdf-schema#\",\n" +
            "    \"xsd\": \"http://www.w3.org/2001/XMLSchema#\", \"ls\": \"https://laststruggle.org/ns#\", \"id\": \"@id\",\n" +
            "    \"type\": \"@type\", \"Person\": \"schema:Person\", \"Organization\": \"schema:Organization\",\n" +
            "    \"Event\": \"schema:Event\", \"Message\": \"schema:Message\", \"CreativeWork\": \"schema:CreativeWork\",\n" +
            "    \"Article\": \"schema:Article\", \"Book\": \"schema:Book\", \"Report\": \"schema:Report\",\n" +
            "    \"PublicationEvent\": \"schema:PublicationEvent\", \"Place\": \"schema:Place\", \"Role\": \"schema:Role\",\n" +
            "    \"Thing\": \"schema:Thing\", \"HistDate\": \"ls:HistDate\", \"name\": \"schema:name\",\n" +
            "    \"alternateName\": \"schema:alternateName\", \"description\": \"schema:description\",\n" +
            "    \"birthDate\": \"schema:birthDate\", \"deathDate\": \"schema:deathDate\",\n" +
            "    \"dateCreated\": \"schema:dateCreated\", \"startDate\": \"schema:startDate\", \"endDate\": \"schema:endDate\",\n" +
            "    \"author\": \"schema:author\", \"recipient\": \"schema:recipient\", \"isPartOf\": \"schema:isPartOf\",\n" +
            "    \"hasPart\": \"schema:hasPart\", \"publication\": \"schema:publication\",\n" +
            "    \"participant\": \"schema:participant\", \"roleName\": \"schema:roleName\", \"about\": \"schema:about\",\n" +
            "    \"superEvent\": \"schema:superEvent\", \"subEvent\": \"schema:subEvent\", \"organizer\": \"schema:organizer\",\n" +
            "    \"location\": \"schema:location\", \"kind\": \"ls:kind\", \"dictatedTo\": \"ls:dictatedTo\",\n" +
            "    \"congress\": \"ls:congress\", \"date\": \"ls:date\", \"born\": \"ls:born\", \"died\": \"ls:died\",\n" +
            "    \"precision\": \"ls:precision\", \"uncertain\": \"ls:uncertain\", \"approximate\": \"ls:approximate\",\n" +
            "    \"number\": {\"@id\": \"ls:number\", \"@type\": \"xsd:integer\"},\n" +
            "    \"edtf\": {\"@id\": \"ls:edtf\", \"@type\": \"http://id.loc.gov/datatypes/edtf/EDTF\"},\n" +
            "    \"earliest\": {\"@id\": \"ls:earliest\", \"@type\": \"xsd:date\"},\n" +
            "    \"latest\": {\"@id\": \"ls:latest\", \"@type\": \"xsd:date\"}, \"label\": \"rdfs:label\",\n" +
            "    \"authored\": {\"@reverse\": \"schema:author\"}, \"received\": {\"@reverse\": \"schema:recipient\"},\n" +
            "    \"tookDown\": {\"@reverse\": \"ls:dictatedTo\"}, \"documents\": {\"@reverse\": \"ls:congress\"},\n" +
            "    \"citations\": {\"@reverse\": \"oa:hasBody\"}, \"Annotation\": \"oa:Annotation\",\n" +
            "    \"SpecificResource\": \"oa:SpecificResource\", \"TextQuoteSelector\": \"oa:TextQuoteSelector\",\n" +
            "    \"TextPositionSelector\": \"oa:TextPositionSelector\", \"Text\": \"dctypes:Text\",\n" +
            "    \"identifying\": \"oa:identifying\", \"motivation\": {\"@id\": \"oa:motivatedBy\", \"@type\": \"@vocab\"},\n" +
            "    \"creator\": {\"@id\": \"dcterms:creator\", \"@type\": \"@id\"},\n" +
            "    \"target\": {\"@id\": \"oa:hasTarget\", \"@type\": \"@id\"}, \"source\": {\"@id\": \"oa:hasSource\", \"@type\": \"@id\"},\n" +
            "    \"selector\": {\"@id\": \"oa:hasSelector\", \"@type\": \"@id\"}, \"format\": \"dc:format\", \"exact\": \"oa:exact\",\n" +
            "    \"prefix\": \"oa:prefix\", \"suffix\": \"oa:suffix\",\n" +
            "    \"start\": {\"@id\": \"oa:start\", \"@type\": \"xsd:nonNegativeInteger\"},\n" +
            "    \"end\": {\"@id\": \"oa:end\", \"@type\": \"xsd:nonNegativeInteger\"}\n" +
            "  },\n" +
            "  \"id\": \"http://localhost:8080/api/v1/documents/letter-to-the-congress-1922-12-24\",\n" +
            "  \"type\": \"Message\",\n" +
            "  \"name\": \"Letter to the Congress, note II of December 24, 1922 (stability of the CC; Stalin and Trotsky)\",\n" +
            "  \"kind\": \"note\",\n" +
            "  \"description\": \"Lenin explains stability as protection against a split, names relations between Stalin and Trotsky as the main danger, weighs Stalin's concentrated power against Trotsky's ability and self-assurance, and comments on Zinoviev, Kamenev and Bukharin.\",\n" +
            "  \"author\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/persons/lenin\",\n" +
            "      \"type\": \"Person\",\n" +
            "      \"name\": \"Vladimir Ilyich Lenin\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"recipient\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/congresses/twelfth-party-congress\",\n" +
            "      \"type\": \"Event\",\n" +
            "      \"name\": \"Twelfth Congress of the Russian Communist Party\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"dictatedTo\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/persons/volodicheva\",\n" +
            "      \"type\": \"Person\",\n" +
            "      \"name\": \"Maria Akinovna Volodicheva\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"dateCreated\": \"1922-12-24\",\n" +
            "  \"date\": {\n" +
            "    \"type\": \"HistDate\",\n" +
            "    \"edtf\": \"1922-12-24\",\n" +
            "    \"earliest\": \"1922-12-24\",\n" +
            "    \"latest\": \"1922-12-24\",\n" +
            "    \"precision\": \"day\",\n" +
            "    \"label\": \"Continuation of the notes. December 24, 1922\",\n" +
            "    \"uncertain\": false,\n" +
            "    \"approximate\": false\n" +
            "  },\n" +
            "  \"isPartOf\": {\n" +
            "    \"id\": \"http://localhost:8080/api/v1/documents/letter-to-the-congress\",\n" +
            "    \"type\": \"CreativeWork\",\n" +
            "    \"name\": \"Letter to the Congress (Lenin's \\\"Testament\\\")\"\n" +
            "  },\n" +
            "  \"congress\": {\n" +
            "    \"id\": \"http://localhost:8080/api/v1/congresses/twelfth-party-congress\",\n" +
            "    \"type\": \"Event\",\n" +
            "    \"name\": \"Twelfth Congress of the Russian Communist Party\"\n" +
            "  },\n" +
            "  \"citations\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/annotations/document-letter-to-the-congress-1922-12-24-11d038a0fa\",\n" +
            "      \"type\": \"Annotation\",\n" +
            "      \"motivation\": \"identifying\",\n" +
            "      \"creator\": {\n" +
            "        \"id\": \"http://localhost:8080/\",\n" +
            "        \"type\": \"Organization\",\n" +
            "        \"name\": \"Last Struggle\"\n" +
            "      },\n" +
            "      \"target\": {\n" +
            "        \"type\": \"SpecificResource\",\n" +
            "        \"source\": {\n" +
            "          \"id\": \"http://localhost:8080/api/v1/sources/pathfinder-1975/text\",\n" +
            "          \"type\": \"Text\",\n" +
            "          \"format\": \"text/plain\"\n" +
            "        },\n" +
            "        \"selector\": [\n" +
            "          {\n" +
            "            \"type\": \"TextQuoteSelector\",\n" +
            "            \"exact\": \"Continuation of the notes. \\nDecember 24, 1922\",\n" +
            "            \"prefix\": \"ght Against Stalinism \\n\\n\\nII. \\n\\n\\n\",\n" +
            "            \"suffix\": \" \\n\\n\\nBy stability of the Central \"\n" +
            "          },\n" +
            "          {\n" +
            "            \"type\": \"TextPositionSelector\",\n" +
            "            \"start\": 150618,\n" +
            "            \"end\": 150663\n" +
            "          }\n" +
            "        ]\n" +
            "      }\n" +
            "    }\n" +
            "  ]\n" +
            "}";
    static final String EVENT = "{\n" +
            "  \"@context\": {\n" +
            "    \"schema\": \"http://schema.org/\", \"oa\": \"http://www.w3.org/ns/oa#\",\n" +
            "    \"dc\": \"http://purl.org/dc/elements/1.1/\", \"dcterms\": \"http://purl.org/dc/terms/\",\n" +
            "    \"dctypes\": \"http://purl.org/dc/dcmitype/\", \"rdfs\": \"http://www.w3.org/2000/01/rdf-schema#\",\n" +
            "    \"xsd\": \"http://www.w3.org/2001/XMLSchema#\", \"ls\": \"https://laststruggle.org/ns#\", \"id\": \"@id\",\n" +
            "    \"type\": \"@type\", \"Person\": \"schema:Person\", \"Organization\": \"schema:Organization\",\n" +
            "    \"Event\": \"schema:Event\", \"Message\": \"schema:Message\", \"CreativeWork\": \"schema:CreativeWork\",\n" +
            "    \"Article\": \"schema:Article\", \"Book\": \"schema:Book\", \"Report\": \"schema:Report\",\n" +
            "    \"PublicationEvent\": \"schema:PublicationEvent\", \"Place\": \"schema:Place\", \"Role\": \"schema:Role\",\n" +
            "    \"Thing\": \"schema:Thing\", \"HistDate\": \"ls:HistDate\", \"name\": \"schema:name\",\n" +
            "    \"alternateName\": \"schema:alternateName\", \"description\": \"schema:description\",\n" +
            "    \"birthDate\": \"schema:birthDate\", \"deathDate\": \"schema:deathDate\",\n" +
            "    \"dateCreated\": \"schema:dateCreated\", \"startDate\": \"schema:startDate\", \"endDate\": \"schema:endDate\",\n" +
            "    \"author\": \"schema:author\", \"recipient\": \"schema:recipient\", \"isPartOf\": \"schema:isPartOf\",\n" +
            "    \"hasPart\": \"schema:hasPart\", \"publication\": \"schema:publication\",\n" +
            "    \"participant\": \"schema:participant\", \"roleName\": \"schema:roleName\", \"about\": \"schema:about\",\n" +
            "    \"superEvent\": \"schema:superEvent\", \"subEvent\": \"schema:subEvent\", \"organizer\": \"schema:organizer\",\n" +
            "    \"location\": \"schema:location\", \"kind\": \"ls:kind\", \"dictatedTo\": \"ls:dictatedTo\",\n" +
            "    \"congress\": \"ls:congress\", \"date\": \"ls:date\", \"born\": \"ls:born\", \"died\": \"ls:died\",\n" +
            "    \"precision\": \"ls:precision\", \"uncertain\": \"ls:uncertain\", \"approximate\": \"ls:approximate\",\n" +
            "    \"number\": {\"@id\": \"ls:number\", \"@type\": \"xsd:integer\"},\n" +
            "    \"edtf\": {\"@id\": \"ls:edtf\", \"@type\": \"http://id.loc.gov/datatypes/edtf/EDTF\"},\n" +
            "    \"earliest\": {\"@id\": \"ls:earliest\", \"@type\": \"xsd:date\"},\n" +
            "    \"latest\": {\"@id\": \"ls:latest\", \"@type\": \"xsd:date\"}, \"label\": \"rdfs:label\",\n" +
            "    \"authored\": {\"@reverse\": \"schema:author\"}, \"received\": {\"@reverse\": \"schema:recipient\"},\n" +
            "    \"tookDown\": {\"@reverse\": \"ls:dictatedTo\"}, \"documents\": {\"@reverse\": \"ls:congress\"},\n" +
            "    \"citations\": {\"@reverse\": \"oa:hasBody\"}, \"Annotation\": \"oa:Annotation\",\n" +
            "    \"SpecificResource\": \"oa:SpecificResource\", \"TextQuoteSelector\": \"oa:TextQuoteSelector\",\n" +
            "    \"TextPositionSelector\": \"oa:TextPositionSelector\", \"Text\": \"dctypes:Text\",\n" +
            "    \"identifying\": \"oa:identifying\", \"motivation\": {\"@id\": \"oa:motivatedBy\", \"@type\": \"@vocab\"},\n" +
            "    \"creator\": {\"@id\": \"dcterms:creator\", \"@type\": \"@id\"},\n" +
            "    \"target\": {\"@id\": \"oa:hasTarget\", \"@type\": \"@id\"}, \"source\": {\"@id\": \"oa:hasSource\", \"@type\": \"@id\"},\n" +
            "    \"selector\": {\"@id\": \"oa:hasSelector\", \"@type\": \"@id\"}, \"format\": \"dc:format\", \"exact\": \"oa:exact\",\n" +
            "    \"prefix\": \"oa:prefix\", \"suffix\": \"oa:suffix\",\n" +
            "    \"start\": {\"@id\": \"oa:start\", \"@type\": \"xsd:nonNegativeInteger\"},\n" +
            "    \"end\": {\"@id\": \"oa:end\", \"@type\": \"xsd:nonNegativeInteger\"}\n" +
            "  },\n" +
            "  \"id\": \"http://localhost:8080/api/v1/events/lenin-death-1924-01-21\",\n" +
            "  \"type\": \"Event\",\n" +
            "  \"name\": \"Lenin dies\",\n" +
            "  \"kind\": \"death\",\n" +
            "  \"description\": \"Lenin died on January 21, 1924, after a fourth stroke according to Downing, having been silent since his stroke of March 1923.\",\n" +
            "  \"startDate\": \"1924-01-21\",\n" +
            "  \"endDate\": \"1924-01-21\",\n" +
            "  \"date\": {\n" +
            "    \"type\": \"HistDate\",\n" +
            "    \"edtf\": \"1924-01-21\",\n" +
            "    \"earliest\": \"1924-01-21\",\n" +
            "    \"latest\": \"1924-01-21\",\n" +
            "    \"precision\": \"day\",\n" +
            "    \"label\": \"January 21, 1924\",\n" +
            "    \"uncertain\": false,\n" +
            "    \"approximate\": false\n" +
            "  },\n" +
            "  \"participant\": [\n" +
            "    {\n" +
            "      \"type\": \"Role\",\n" +
            "      \"roleName\": \"subject\",\n" +
            "      \"participant\": {\n" +
            "        \"id\": \"http://localhost:8080/api/v1/persons/lenin\",\n" +
            "        \"type\": \"Person\",\n" +
            "        \"name\": \"Vladimir Ilyich Lenin\"\n" +
            "      }\n" +
            "    }\n" +
            "  ],\n" +
            "  \"citations\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/annotations/event-lenin-death-1924-01-21-97b6ea5a3b\",\n" +
            "      \"type\": \"Annotation\",\n" +
            "      \"motivation\": \"identifying\",\n" +
            "      \"creator\": {\n" +
            "        \"id\": \"http://localhost:8080/\",\n" +
            "        \"type\": \"Organization\",\n" +
            "        \"name\": \"Last Struggle\"\n" +
            "      },\n" +
            "      \"target\": {\n" +
            "        \"type\": \"SpecificResource\",\n" +
            "        \"source\": {\n" +
            "          \"id\": \"http://localhost:8080/api/v1/sources/pathfinder-1975/text\",\n" +
            "          \"type\": \"Text\",\n" +
            "          \"format\": \"text/plain\"\n" +
            "        },\n" +
            "        \"selector\": [\n" +
            "          {\n" +
            "            \"type\": \"TextQuoteSelector\",\n" +
            "            \"exact\": \"After Lenin’s death on January 21, 1924\",\n" +
            "            \"prefix\": \" fight \\nit was sure to provoke. \",\n" +
            "            \"suffix\": \", \\nshe turned the letter over to\"\n" +
            "          },\n" +
            "          {\n" +
            "            \"type\": \"TextPositionSelector\",\n" +
            "            \"start\": 8150,\n" +
            "            \"end\": 8189\n" +
            "          }\n" +
            "        ]\n" +
            "      }\n" +
            "    }\n" +
            "  ]\n" +
            "}";
    static final String CONGRESS = "{\n" +
            "  \"@context\": {\n" +
            "    \"schema\": \"http://schema.org/\", \"oa\": \"http://www.w3.org/ns/oa#\",\n" +
            "    \"dc\": \"http://purl.org/dc/elements/1.1/\", \"dcterms\": \"http://purl.org/dc/terms/\",\n" +
            "    \"dctypes\": \"http://purl.org/dc/dcmitype/\", \"rdfs\": \"http://www.w3.org/2000/01/rdf-schema#\",\n" +
            "    \"xsd\": \"http://www.w3.org/2001/XMLSchema#\", \"ls\": \"https://laststruggle.org/ns#\", \"id\": \"@id\",\n" +
            "    \"type\": \"@type\", \"Person\": \"schema:Person\", \"Organization\": \"schema:Organization\",\n" +
            "    \"Event\": \"schema:Event\", \"Message\": \"schema:Message\", \"CreativeWork\": \"schema:CreativeWork\",\n" +
            "    \"Article\": \"schema:Article\", \"Book\": \"schema:Book\", \"Report\": \"schema:Report\",\n" +
            "    \"PublicationEvent\": \"schema:PublicationEvent\", \"Place\": \"schema:Place\", \"Role\": \"schema:Role\",\n" +
            "    \"Thing\": \"schema:Thing\", \"HistDate\": \"ls:HistDate\", \"name\": \"schema:name\",\n" +
            "    \"alternateName\": \"schema:alternateName\", \"description\": \"schema:description\",\n" +
            "    \"birthDate\": \"schema:birthDate\", \"deathDate\": \"schema:deathDate\",\n" +
            "    \"dateCreated\": \"schema:dateCreated\", \"startDate\": \"schema:startDate\", \"endDate\": \"schema:endDate\",\n" +
            "    \"author\": \"schema:author\", \"recipient\": \"schema:recipient\", \"isPartOf\": \"schema:isPartOf\",\n" +
            "    \"hasPart\": \"schema:hasPart\", \"publication\": \"schema:publication\",\n" +
            "    \"participant\": \"schema:participant\", \"roleName\": \"schema:roleName\", \"about\": \"schema:about\",\n" +
            "    \"superEvent\": \"schema:superEvent\", \"subEvent\": \"schema:subEvent\", \"organizer\": \"schema:organizer\",\n" +
            "    \"location\": \"schema:location\", \"kind\": \"ls:kind\", \"dictatedTo\": \"ls:dictatedTo\",\n" +
            "    \"congress\": \"ls:congress\", \"date\": \"ls:date\", \"born\": \"ls:born\", \"died\": \"ls:died\",\n" +
            "    \"precision\": \"ls:precision\", \"uncertain\": \"ls:uncertain\", \"approximate\": \"ls:approximate\",\n" +
            "    \"number\": {\"@id\": \"ls:number\", \"@type\": \"xsd:integer\"},\n" +
            "    \"edtf\": {\"@id\": \"ls:edtf\", \"@type\": \"http://id.loc.gov/datatypes/edtf/EDTF\"},\n" +
            "    \"earliest\": {\"@id\": \"ls:earliest\", \"@type\": \"xsd:date\"},\n" +
            "    \"latest\": {\"@id\": \"ls:latest\", \"@type\": \"xsd:date\"}, \"label\": \"rdfs:label\",\n" +
            "    \"authored\": {\"@reverse\": \"schema:author\"}, \"received\": {\"@reverse\": \"schema:recipient\"},\n" +
            "    \"tookDown\": {\"@reverse\": \"ls:dictatedTo\"}, \"documents\": {\"@reverse\": \"ls:congress\"},\n" +
            "    \"citations\": {\"@reverse\": \"oa:hasBody\"}, \"Annotation\": \"oa:Annotation\",\n" +
            "    \"SpecificResource\": \"oa:SpecificResource\", \"TextQuoteSelector\": \"oa:TextQuoteSelector\",\n" +
            "    \"TextPositionSelector\": \"oa:TextPositionSelector\", \"Text\": \"dctypes:Text\",\n" +
            "    \"identifying\": \"oa:identifying\", \"motivation\": {\"@id\": \"oa:motivatedBy\", \"@type\": \"@vocab\"},\n" +
            "    \"creator\": {\"@id\": \"dcterms:creator\", \"@type\": \"@id\"},\n" +
            "    \"target\": {\"@id\": \"oa:hasTarget\", \"@type\": \"@id\"}, \"source\": {\"@id\": \"oa:hasSource\", \"@type\": \"@id\"},\n" +
            "    \"selector\": {\"@id\": \"oa:hasSelector\", \"@type\": \"@id\"}, \"format\": \"dc:format\", \"exact\": \"oa:exact\",\n" +
            "    \"prefix\": \"oa:prefix\", \"suffix\": \"oa:suffix\",\n" +
            "    \"start\": {\"@id\": \"oa:start\", \"@type\": \"xsd:nonNegativeInteger\"},\n" +
            "    \"end\": {\"@id\": \"oa:end\", \"@type\": \"xsd:nonNegativeInteger\"}\n" +
            "  },\n" +
            "  \"id\": \"http://localhost:8080/api/v1/congresses/twelfth-party-congress\",\n" +
            "  \"type\": \"Event\",\n" +
            "  \"name\": \"Twelfth Congress of the Russian Communist Party\",\n" +
            "  \"kind\": \"congress\",\n" +
            "  \"number\": 12,\n" +
            "  \"organizer\": {\n" +
            "    \"type\": \"Organization\",\n" +
            "    \"name\": \"Russian Communist Party (Bolsheviks)\"\n" +
            "  },\n" +
            "  \"startDate\": \"1923-04\",\n" +
            "  \"endDate\": \"1923-04\",\n" +
            "  \"date\": {\n" +
            "    \"type\": \"HistDate\",\n" +
            "    \"edtf\": \"1923-04\",\n" +
            "    \"earliest\": \"1923-04-01\",\n" +
            "    \"latest\": \"1923-04-30\",\n" +
            "    \"precision\": \"month\",\n" +
            "    \"label\": \"April 1923\",\n" +
            "    \"uncertain\": false,\n" +
            "    \"approximate\": false\n" +
            "  },\n" +
            "  \"subEvent\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/events/lenin-dictates-letter-to-congress-1922-12-23\",\n" +
            "      \"type\": \"Event\",\n" +
            "      \"name\": \"Lenin begins dictating the Letter to the Congress\"\n" +
            "    },\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/events/lenin-dictates-letter-to-congress-1922-12-24\",\n" +
            "      \"type\": \"Event\",\n" +
            "      \"name\": \"Lenin dictates his characterisations of the party leaders\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"documents\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/documents/letter-to-the-congress-1922-12-23\",\n" +
            "      \"type\": \"CreativeWork\",\n" +
            "      \"name\": \"Letter to the Congress, note I of December 23, 1922 (enlarging the Central Committee)\"\n" +
            "    },\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/documents/letter-to-the-congress\",\n" +
            "      \"type\": \"CreativeWork\",\n" +
            "      \"name\": \"Letter to the Congress (Lenin's \\\"Testament\\\")\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"citations\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/annotations/congress-twelfth-party-congress-8112b1340d\",\n" +
            "      \"type\": \"Annotation\",\n" +
            "      \"motivation\": \"identifying\",\n" +
            "      \"creator\": {\n" +
            "        \"id\": \"http://localhost:8080/\",\n" +
            "        \"type\": \"Organization\",\n" +
            "        \"name\": \"Last Struggle\"\n" +
            "      },\n" +
            "      \"target\": {\n" +
            "        \"type\": \"SpecificResource\",\n" +
            "        \"source\": {\n" +
            "          \"id\": \"http://localhost:8080/api/v1/sources/pathfinder-1975/text\",\n" +
            "          \"type\": \"Text\",\n" +
            "          \"format\": \"text/plain\"\n" +
            "        },\n" +
            "        \"selector\": [\n" +
            "          {\n" +
            "            \"type\": \"TextQuoteSelector\",\n" +
            "            \"exact\": \"Lenin was preparing to fight at the Twelfth Party Congress, \\nscheduled for March and then postponed till April.\",\n" +
            "            \"prefix\": \"\\n\\nThe Twelfth Party Congress \\n\\n\\n\",\n" +
            "            \"suffix\": \" But he knew \\nthat another strok\"\n" +
            "          },\n" +
            "          {\n" +
            "            \"type\": \"TextPositionSelector\",\n" +
            "            \"start\": 48408,\n" +
            "            \"end\": 48519\n" +
            "          }\n" +
            "        ]\n" +
            "      }\n" +
            "    }\n" +
            "  ]\n" +
            "}";
}
