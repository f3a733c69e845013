package org.laststruggle.export;

/** The OpenAPI example of the CMIF: GET /api/v1/letters?author=trotsky&recipient=politburo, shortened to one letter. */
final class CmifExample {

    private CmifExample() {
    }

    static final String VALUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n" +
            "  <teiHeader>\n" +
            "    <fileDesc>\n" +
            "      <titleStmt>\n" +
            "        <title>Letters, notes and telegrams of Lenin's last struggle: correspondence metadata of the Last Struggle API</title>\n" +
            "        <editor>Last Struggle</editor>\n" +
            "      </titleStmt>\n" +
            "      <publicationStmt>\n" +
            "        <publisher><ref target=\"http://localhost:8080/\">Last Struggle</ref></publisher>\n" +
            "        <idno type=\"url\">http://localhost:8080/api/v1/letters?author=trotsky&amp;recipient=politburo&amp;format=cmif</idno>\n" +
            "        <date when=\"2026-11-30\"/>\n" +
            "        <availability>\n" +
            "          <licence target=\"https://creativecommons.org/licenses/by/4.0/\">This file is licensed under the terms of the Creative Commons License CC-BY 4.0</licence>\n" +
            "        </availability>\n" +
            "      </publicationStmt>\n" +
            "      <sourceDesc>\n" +
            "        <bibl type=\"online\" xml:id=\"source-north-2022\">David North: Lenin's last struggle. World Socialist Web Site, 2022-12-26.</bibl>\n" +
            "        <bibl type=\"online\" xml:id=\"source-downing-2018\">Gerry Downing: Lenin Begins his Last Struggle Against Stalin. Socialist Fight, 2018-11-27.</bibl>\n" +
            "        <bibl type=\"online\" xml:id=\"source-bland-1991\">W. B. Bland: The So-Called 'Lenin Testament'. Communist League (UK), 1991.</bibl>\n" +
            "        <bibl type=\"print\" xml:id=\"source-pathfinder-1975\">V. I. Lenin and Leon Trotsky; edited by Russell Block: Lenin's Fight Against Stalinism. Pathfinder Press, New York, 1975. https://archive.org/details/leninsfightagain0000leni</bibl>\n" +
            "        <bibl type=\"online\" xml:id=\"source-globalsecurity\">1922-24 Stalin versus Lenin. GlobalSecurity.org.</bibl>\n" +
            "      </sourceDesc>\n" +
            "    </fileDesc>\n" +
            "    <profileDesc>\n" +
            "      <correspDesc ref=\"http://localhost:8080/api/v1/letters/trotsky-letter-on-ukraine-1920-11-02\" source=\"#source-downing-2018\">\n" +
            "        <correspAction type=\"sent\">\n" +
            "          <persName ref=\"http://localhost:8080/api/v1/persons/trotsky\">Leon Trotsky</persName>\n" +
            "          <date when=\"1920-11-02\">2 November 1920</date>\n" +
            "        </correspAction>\n" +
            "        <correspAction type=\"received\">\n" +
            "          <persName ref=\"http://localhost:8080/api/v1/persons/lenin\">Vladimir Ilyich Lenin</persName>\n" +
            "          <orgName ref=\"http://localhost:8080/api/v1/bodies/politburo\">Political Bureau of the Central Committee</orgName>\n" +
            "        </correspAction>\n" +
            "      </correspDesc>\n" +
            "    </profileDesc>\n" +
            "  </teiHeader>\n" +
            "  <text>\n" +
            "    <body>\n" +
            "      <p/>\n" +
            "    </body>\n" +
            "  </text>\n" +
            "</TEI>";
}
