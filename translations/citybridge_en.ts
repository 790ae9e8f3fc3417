<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cb</name>
    <message>
        <source>The matching problem needs one capacity per vertex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edge joins a vertex to itself or to a vertex that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge weights must be finite numbers between 0 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through an institution that speaks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor is never paired with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one belongs to the other (own affiliate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same country, and only cross-border pairs are proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partnership already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined by an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred by an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weight %2, %3 / %4 (%5 → %6 / %6 → %5), contribution %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both prioritise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related priorities %1 and %2 (cluster: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needed by %2 is offered by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needed by %2 is close to %3 offered by %4 (cluster: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to work with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to work with cities in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both took part in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by an officer: always in the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned by an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared office hours (09:00–17:00): %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked pairs give a city more partners than the partner limit allows; unlock one or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked pairs already exceed the cap per pair of countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair is both locked and excluded; clear one of the two rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 did not pass the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 has no history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sample workspace to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet (ZIP) file cannot be read from a stream; save it to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OpenDocument file is not a spreadsheet; save it as .ods, .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Word document, not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PowerPoint presentation, not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP archive is not a spreadsheet (XLSX or ODS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a legacy Excel 97-2003 (.xls) or other Office binary file; save it as .xlsx or CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PDF document, not a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source this comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen source does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country of the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot belong to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent actor does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (e.g. Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an actor that exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either a partner or a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot express interest in itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strength must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the themes does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the English title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind of event from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice with the same role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written as ODT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the current workspace cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is the workspace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current workspace could not be backed up, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced; the workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before migration to v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is missing in the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of workspace cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 is not empty (%2 holds %3 rows); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the tables in %1 can copy a workspace into it: the decision log would otherwise lose who took each decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: %1 has %2 rows in the source and %3 in the copy; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ActorEdit</name>
    <message>
        <source>The actor no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is part of the pipeline (partnerships: %1); close them there instead of removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision log refers to it; removing it would leave that history without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other actors belong to it (%1); change or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event the actor took part in no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::Brief</name>
    <message>
        <source>Pairing brief: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are proposed as partners with a score of %3 out of 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both list the same priorities: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can share its experience in %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side has said it wants to work with the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has said it wants to work with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have already met through shared events or institutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score %1: %2 for %3 and %4 for %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, close to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities both share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities of %1 that %2 can help with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared events and introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who could introduce them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locator map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2, joined along the great circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours barely overlap: plan calls early in the morning in one city and in the evening in the other, or work by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zones: %1 %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working language: %1 in both cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1 in %2, %3 in %4; plan interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webinar in which %1 presents its practice in %2 to officials of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange of experts on %1, a priority for both cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An introductory video call between both mayors&apos; offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested first activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploratory exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship MoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such pair in this matching run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown brief language &quot;%1&quot;: use en, zh, es or bilingual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::BriefBatch</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::BriefExporter</name>
    <message>
        <source>The brief is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and ODT briefs need the graphical libraries (fonts); use HTML here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::CityInterestMatrix</name>
    <message>
        <source>Interests (voices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::CityThemeMatrix</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest in a partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest in a partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CityBridge import mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import mapping was written by a newer version of CityBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping has an invalid header row, sheet or actor kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the import mapping is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid import mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ConnectionInfo</name>
    <message>
        <source>A database address starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not a valid URL (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no database (postgresql://host/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (disable, allow, prefer, require, verify-ca, verify-full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; is not accepted: use lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database address option &quot;%1&quot; (sslmode, schema, host).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it looks like a binary file, not CSV text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of CityBridge cannot decode %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stream cannot go back to its first row; open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot go back to the start of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file has one sheet; there is no sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has more than %1 cells; read fewer rows or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text here (the encoding was detected from its beginning); choose the file&apos;s encoding, or allow replacement characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text here; choose another encoding, or allow replacement characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::CsvTableWriter</name>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::Database</name>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CityBridge workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CityBridge workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CityBridge (schema %2; this program reads up to %3). Please update CityBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed: %2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is read-only; open it read-only or copy it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace needs an upgrade, but the backup before it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded before it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked within %2 seconds; it may be damaged or made to stall CityBridge. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no known CityBridge schema version (%2); it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace as CityBridge makes it (%2); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition of the index %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition of the trigger %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a view %1 that CityBridge does not make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a trigger %1 that CityBridge does not make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains an index %1 that CityBridge does not make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a table %1 that CityBridge does not make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema of version %1 is unknown to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened safely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite connection is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode could not be switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggers and views could not be switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is being changed by another CityBridge window or program; try again in a moment. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::DecisionEdits</name>
    <message>
        <source>The partnership no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partnership joins two different actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule applies to two different actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the pair is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair has no such rule to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown partnership stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a stage change must be a valid day, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership is already at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::DormancyPolicy</name>
    <message>
        <source>The number of months without activity must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::Editing</name>
    <message>
        <source>The actor has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor “%1” no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::EntityResolver</name>
    <message>
        <source>%1 (%2, %3; population %4; gazetteer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3; in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several entries of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several cities of the gazetteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city or institution called &quot;%1&quot; was found in the workspace or the gazetteer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::EventEdit</name>
    <message>
        <source>The event no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey respondent groups refer to this event; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::EventRepository</name>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event no longer exists; reload the events and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::Explanation</name>
    <message>
        <source>Shared priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through an institution that speaks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to work with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to work with cities in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both took part in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared office hours (09:00–17:00): %1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ExportTables</name>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoNames ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::Exporter</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file holds one table: export the network as XLSX, GeoJSON or GraphML, or one table as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML holds the whole network: export &quot;network&quot; as GraphML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions have no place on the map: export them as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no proposals to export: run the matching first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not all of the data could be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::Gazetteer</name>
    <message>
        <source>The bundled gazetteer cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gazetteer has no column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the gazetteer is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::GeoJsonNetworkWriter</name>
    <message>
        <source>The GeoJSON file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the GeoJSON data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::GraphMlNetworkWriter</name>
    <message>
        <source>The GraphML file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the GraphML data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ImportEdit</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped at row %1 (test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city or institution %1 is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ImportPlan</name>
    <message numerus="yes">
        <source>File: %1 (%n data row(s))</source>
        <translation>
            <numerusform>File: %1 (%n data row)</numerusform>
            <numerusform>File: %1 (%n data rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1 (already in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (new survey source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To add: %n new city or institution(s),</source>
        <translation>
            <numerusform>To add: %n new city or institution,</numerusform>
            <numerusform>To add: %n new cities or institutions,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies),</source>
        <translation>
            <numerusform>%n priority,</numerusform>
            <numerusform>%n priorities,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s),</source>
        <translation>
            <numerusform>%n offer,</numerusform>
            <numerusform>%n offers,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interest(s).</source>
        <translation>
            <numerusform>%n interest.</numerusform>
            <numerusform>%n interests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the workspace, not added again: %n statement(s) or interest(s).</source>
        <translation>
            <numerusform>Already in the workspace, not added again: %n statement or interest.</numerusform>
            <numerusform>Already in the workspace, not added again: %n statements or interests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped by choice: %n row(s).</source>
        <translation>
            <numerusform>Skipped by choice: %n row.</numerusform>
            <numerusform>Skipped by choice: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems, left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to confirm: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ImportPlanner</name>
    <message>
        <source>Survey answers imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the city or institution name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city or institution name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names the theme &quot;%1&quot;, which this workspace does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::InterestEdit</name>
    <message>
        <source>The interest was changed elsewhere; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::MapExporter</name>
    <message>
        <source>The map could not be rendered as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map size is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityBridge map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG generator could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::MapFilter</name>
    <message>
        <source>No theme was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several themes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country or region is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exploratory exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friendship MoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilot project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Americas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::MapRenderer</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: exploratory exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: friendship MoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: pilot project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: formal agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey respondents (group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::MapSceneBuilder</name>
    <message>
        <source>Survey respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerships %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests expressed: %1, received: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: Natural Earth. Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed pairing, score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member city is recorded: placed among the country&apos;s cities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) named this partner</source>
        <translation>
            <numerusform>%n respondent named this partner</numerusform>
            <numerusform>%n respondents named this partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expressed interest(s)</source>
        <translation>
            <numerusform>%n expressed interest</numerusform>
            <numerusform>%n expressed interests</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest in a whole country: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::MatchSettings</name>
    <message>
        <source>Every weight must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The half-life must be a positive number of months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broad-theme factor must be at least 0 and below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner limit per city must be between 1 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap per pair of countries cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of ranked partners per city must be between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum score must be at least 0 and below 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::MatrixExporter</name>
    <message>
        <source>The table is empty: no city has evidence under the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be rendered as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG generator could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::MergeEdit</name>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city or institution %1 is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::OdsReader</name>
    <message>
        <source>The spreadsheet&apos;s content.xml is damaged: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of type %1, not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an OpenDocument spreadsheet: it has no content.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet has no sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::OpenWorkspaceStore</name>
    <message>
        <source>The database %1 already holds a workspace; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::PostgresDatabase</name>
    <message>
        <source>The database %1 holds other tables and no CityBridge workspace; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CityBridge (schema %2; this program reads up to %3). Please update CityBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema %1 does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::References</name>
    <message>
        <source>%1 refers to an unknown entry &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::SheetRowCollector</name>
    <message>
        <source>The sheet has data beyond row %1, the most a spreadsheet can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells; read fewer rows or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::SqlActorRepository</name>
    <message>
        <source>An actor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates are out of range (latitude -90..90, longitude -180..180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot belong to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed elsewhere since it was loaded; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::SqlEvidenceRepository</name>
    <message>
        <source>A respondent group needs at least one respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority or offer belongs to exactly one actor or respondent group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strength must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot express interest in itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interest needs one origin (actor or respondent group) and one target (actor or country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This respondent group no longer exists; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This priority or offer no longer exists; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::SqlPipelineRepository</name>
    <message>
        <source>A partnership joins two different actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown partnership stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partnership was changed elsewhere since it was loaded; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair rule joins two different actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::StatementEdit</name>
    <message>
        <source>The priority or offer was changed elsewhere; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::StoreConflict</name>
    <message>
        <source>%1 was changed elsewhere since it was loaded (stored version %2, yours %3); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored values equal yours: reload it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stored %2, yours %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload it to see the stored version, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::SurveyFile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no sheet %1; the file has %n sheet(s).</source>
        <translation>
            <numerusform>There is no sheet %1; the file has %n sheet.</numerusform>
            <numerusform>There is no sheet %1; the file has %n sheets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::TableReader</name>
    <message>
        <source>The document has a type declaration (DTD), which spreadsheet files never contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::WorkspaceMerge</name>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area in square kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::WorkspacePackage</name>
    <message>
        <source>No file was given for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written over the workspace it is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package marker could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::WorldGeometry</name>
    <message>
        <source>Cannot open the map file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map file is not a GeoJSON FeatureCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid geometry for the map feature &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map file holds no countries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::XlsxReader</name>
    <message>
        <source>The workbook part %1 is damaged: %2 (line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: it has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook lists sheet &quot;%1&quot; but has no part %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet has an invalid row number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet has an invalid cell reference &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet has a cell outside any row or column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell refers to shared string &quot;%1&quot;, which the workbook does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::XlsxTableWriter</name>
    <message>
        <source>The XLSX file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to write to the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the built workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the workbook: its temporary file is incomplete (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ZipArchive</name>
    <message>
        <source>The archive is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ZIP archive can only be read from a file, not from a stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too short to be a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the ZIP archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive has no central directory; the file is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP64 archives (over 4 GiB or 65,535 files) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split (multi-volume) ZIP archives are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive has %1 files, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory lies outside the file; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the ZIP archive&apos;s central directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is encrypted (password-protected); save the file without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive uses compression method %2; only stored and deflated files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive expands to %2 MiB, more than the limit of %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (its sizes disagree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (bad local header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ZipEntryDevice</name>
    <message>
        <source>A file inside an archive can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start decompressing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive expands beyond the size its header declares; the archive is damaged or hostile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 exceeds the limit of %2 MiB extracted from one archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is shorter than its header declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (CRC mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::app</name>
    <message>
        <source>CityBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password in the address was not used (it would stay in the shell&apos;s history): type it here, or set PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::cli</name>
    <message>
        <source>--cities needs a number of cities between 1 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge generate --cities N [--seed S] --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 cities, %2 priorities and offers, %3 interests and %4 events to %5 in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies)</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge list cities|institutions|themes [--lang en|zh|es] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A→B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B→A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, e.g. 2021-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k needs a whole number of partners per city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked partners for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Global proposals (%n partner(s) per city, exact optimum)</source>
        <translation>
            <numerusform>Global proposals (%n partner per city, exact optimum)</numerusform>
            <numerusform>Global proposals (%n partners per city, exact optimum)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total weight: %1 (greedy: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of %1: %2 with it, %3 without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge paths A B [--lang en|zh|es]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain of events, institutions or partnerships links %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction paths from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors that bridge most (betweenness centrality):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge show NAME [--lang en|zh|es]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: citybridge --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try: citybridge --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (list, show, match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on FILE instead of the bundled sample workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the output: en, zh or es (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: partners per city in the global proposals (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: how many pairs to explain (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: rank the partners of this city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: only propose pairs from different countries (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: also propose pairs within one country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: number of cities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of pixels from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, e.g. 2021-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map needs --out FILE (.png or .svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since must not be later than --as-of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw: no city has evidence under these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match, map: use only evidence dated up to DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: the workspace file to write; map: the PNG or SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: picture width in pixels (default 1600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: picture height in pixels (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: only evidence on this theme or cluster (key or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: only partnerships at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: only this country or region (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: only evidence dated from DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n city marker(s)</source>
        <translation>
            <numerusform>%n city marker</numerusform>
            <numerusform>%n city markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interest arrow(s)</source>
        <translation>
            <numerusform>%n interest arrow</numerusform>
            <numerusform>%n interest arrows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: citybridge export cities|institutions|interests|proposals|partnerships|network --format csv|xlsx|geojson|graphml --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, geojson or graphml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: give --format csv, xlsx, geojson or graphml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be exported as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the column mapping (JSON) to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: save the mapping used (or suggested from the headers) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the sheet of a workbook to read (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the text encoding of a CSV file (utf-8, gb18030, windows-1252, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the delimiter of a CSV file (, ; or tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: print what would be added, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: print the parsed rows, before any mapping (with --json: as JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: &quot;skip&quot; leaves out rows whose names need confirming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: leave out rows with problems instead of stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge import FILE --mapping MAPPING.json [--workspace FILE] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet needs a sheet number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import writes to a workspace: give it with --workspace FILE. The bundled sample is never changed by an import (use --dry-run to see what would be added to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No --mapping given; the columns were mapped from their headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept-uncertain only accepts &quot;skip&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rows %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: confirm the names above in the mapping&apos;s &quot;choices&quot;, or pass --accept-uncertain skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or pass --skip-bad-rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new cities or institutions, %2 priorities or offers and %3 interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief --all needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief needs two names, e.g. citybridge brief &quot;Mexico City&quot; Luoyang --out brief.pdf, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief --all takes no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown brief format &quot;%1&quot;: use pdf, odt or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;: use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not a scored pair: they share no theme, interest or context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no proposals to write briefs for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 briefs written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief: PDF paper size, a4 or letter (default a4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief: write the briefs of all current proposals into --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief: write the brief in both partners&apos; languages, one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief: the name printed after &quot;Prepared by&quot; (default CityBridge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: csv, xlsx, geojson or graphml; brief: pdf, odt or html (default: from the --out file name; pdf for brief --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package from %1, exported by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here: %1 (%2 recognised by name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine &quot;%1&quot;, theirs &quot;%2&quot;; keeping %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the package (empty or behind here) (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended: %1 aliases, %2 priorities and offers, %3 interests, %4 memberships, %5 participations, %6 stage changes, %7 pair rules, %8 notes, %9 decision-log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge merge PACKAGE --workspace FILE [--dry-run] [--prefer mine|theirs] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge writes to a workspace: give it with --workspace FILE. The bundled sample is never changed by a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prefer takes &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: the workspace already holds everything in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: which value to keep where both workspaces changed a field: mine (default) or theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge package --out FILE.cbpkg [--workspace FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written to %1. A colleague can open it, or merge it with: citybridge merge %2 --workspace THEIR_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 yet (they are kept in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: list the automatic backups of the workspace instead of restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge restore --list --workspace FILE, or citybridge restore BACKUP --workspace FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore replaces a workspace: give it with --workspace FILE. The bundled sample is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist. See: citybridge restore --list --workspace FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace as it was before is kept in %1; restore it to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citybridge migrate-to TARGET (--workspace FILE | --database URL) [--json]
TARGET is a new workspace file or an empty postgresql:// database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace to copy with --workspace FILE or --database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 ms; every table was counted on both sides and matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package is made from a workspace file. Copy the database into one first: citybridge migrate-to FILE --database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityBridge proposes, explains and tracks city-to-city partnerships for South-South cooperation.

Commands:
  list cities|institutions|themes   list the workspace&apos;s entries
  show NAME                         everything known about a city or institution, with sources
  match                             scored pairs and the global proposals, with explanations
  paths A B                         who could introduce A to B, and the actors that bridge most
  generate --cities N --out FILE    write a synthetic workspace (benchmarks, load tests)
  map --out FILE                    draw the interest map as PNG or SVG (--theme, --country, ...)
  export WHAT --format F --out FILE write cities, institutions, interests, proposals, partnerships
                                    or the network as csv, xlsx, geojson or graphml
  import FILE --mapping M.json      add a survey export (CSV, XLSX, ODS) to a workspace
  brief A B --out FILE              the pairing brief of two cities as PDF, ODT or HTML
  brief --all --out DIR             briefs for all current proposals
  package --out FILE                a copy of the workspace to send to a colleague
  merge PACKAGE --workspace W       merge a colleague&apos;s package (--dry-run shows the plan)
  migrate-to TARGET --workspace W   copy a workspace into a new file or an empty PostgreSQL database

A team database instead of a file: --database postgresql://user@host:port/database

Without a command, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the team&apos;s PostgreSQL database at URL (postgresql://user@host:port/database; the password from PGPASSWORD, ~/.pgpass or asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::cli::CliContext</name>
    <message>
        <source>The sample workspace could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city or institution is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city or institution is called &quot;%1&quot;. Did you mean: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several entries: %2. Use a more specific name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password into the database address: set PGPASSWORD, use ~/.pgpass, or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds a workspace; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --workspace FILE or --database URL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database takes a postgresql:// address; a workspace file is given with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::cli::ShowPrinter</name>
    <message>
        <source>[source: %1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 of %2 survey respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::safefile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name “%1” would leave the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::sql</name>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be written (a disk or file system error); the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot be written: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to the workspace; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::AboutText</name>
    <message>
        <source>About CityBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes, explains and tracks city-to-city partnerships for South-South and triangular cooperation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City names, coordinates and populations: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World map outlines: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, public domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country names in English, Chinese and Spanish: Debian &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts of the sample workspace (priorities, offers, interests, events, partnerships): published documents of the United Nations Office for South-South Cooperation (UNOSSC), cited as the source of each fact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorBrowser</name>
    <message>
        <source>Search names and aliases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches any name or alias in any language or script, ignoring case and accents: 洛陽, luo yang, CDMX and Queretaro all work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cities, institutions or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s) shown</source>
        <translation>
            <numerusform>%1 of %n actor shown</numerusform>
            <numerusform>%1 of %n actors shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorDetailHtml</name>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>south</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>east</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <comment>west</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoNames id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 respondents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any actor in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests expressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorDetailPanel</name>
    <message>
        <source>Select a city or an institution in the list to see what is known about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to see its cities and institutions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorForm</name>
    <message>
        <source>Saved as a separate entry when you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the city in the gazetteer to fill in its names, coordinates, population and time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a different place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry with its priorities, offers, interests and participations (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-90 to 90, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-180 to 180, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the latitude as a number of degrees, e.g. 34.68.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the longitude as a number of degrees, e.g. 112.45.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the population as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from GeoNames: check the names, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) is already in this workspace. Open it instead of adding it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in this workspace. Open it instead of adding it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add city %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add institution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer in the workspace; Save adds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile, heritage and key sectors in each language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the stored version now. Make your change again and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorListModel</name>
    <message>
        <source>Population unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expressed, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes the actor wants to develop, including its survey groups&apos; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes the actor can share, including its survey groups&apos; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests in cooperation expressed by the actor and received from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinars, meetings and forums the actor took part in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::BriefBatchDialog</name>
    <message>
        <source>Briefs for All Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilingual (the partners&apos; languages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT (LibreOffice, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) will get a brief.</source>
        <translation>
            <numerusform>%n proposal will get a brief.</numerusform>
            <numerusform>%n proposals will get a brief.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n brief(s).</source>
        <translation>
            <numerusform>Cancelled after %n brief.</numerusform>
            <numerusform>Cancelled after %n briefs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brief(s) written; the files below could not be written.</source>
        <translation>
            <numerusform>%n brief written; the files below could not be written.</numerusform>
            <numerusform>%n briefs written; the files below could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brief(s) written to %1.</source>
        <translation>
            <numerusform>%n brief written to %1.</numerusform>
            <numerusform>%n briefs written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::BriefPreview</name>
    <message>
        <source>Brief language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both partners&apos; languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a proposal to preview its pairing brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no brief to save: select a proposal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::CityInterestMatrixModel</name>
    <message numerus="yes">
        <source>%1 → %2: %n voice(s)</source>
        <translation>
            <numerusform>%1 → %2: %n voice</numerusform>
            <numerusform>%1 → %2: %n voices</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::CityThemeMatrixModel</name>
    <message>
        <source>P %1 · O %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2
Priority: %3
Offer: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ConflictBar</name>
    <message>
        <source>The workspace could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record first. Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Stored Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again; your change is listed above so that you can make it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ConnectionDialog</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (PostgreSQL %3). Connect opens its workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workspace in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared workspace in a PostgreSQL database. Log in with your own role: the decision log records it with everything you change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer encryption (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption, verify the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption, verify the certificate and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::DecisionLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair already had an open partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::DecisionLogPage</name>
    <message>
        <source>The decision log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search who, decision, pair, reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the officer, the decision, either partner&apos;s name in any language, the reason and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the decisions on every pair, not only on the current pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a decision to see who took it, when, why and the score at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score when the decision was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair is selected: decisions on every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decision(s) shown</source>
        <translation>
            <numerusform>%1 of %n decision shown</numerusform>
            <numerusform>%1 of %n decisions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::DomainLabels</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploratory exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship MoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::EditActions</name>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;City…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Institution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priorities and Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nterests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add E&amp;vent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the city or institution selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what the selected city or institution needs and offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::EditorPanel</name>
    <message>
        <source>Choose what to add or edit from the Edit menu or an actor&apos;s context menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::EventForm</name>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an event to edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several days, until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is no longer in the workspace; Save adds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed in this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the list; press Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list; press Save to keep the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ExchangeActions</name>
    <message>
        <source>Export &amp;Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this workspace that a colleague can open or merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a colleague&apos;s package into this workspace, choosing where you differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityBridge packages (*.cbpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityBridge workspaces (*.citybridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package merged; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ExportActions</name>
    <message>
        <source>&amp;Cities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institutions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nterests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artnerships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network (GeoJSON, GraphML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON for QGIS (*.geojson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML network (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list cannot be written in that format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals are still being worked out; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::ExportSizeDialog</name>
    <message>
        <source>Export picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::GazetteerLookup</name>
    <message>
        <source>Type a city name in English, Chinese or Spanish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the city up in the bundled GeoNames gazetteer (cities over 15,000 inhabitants)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::GazetteerModel</name>
    <message>
        <source>%1 — %2, %3 · %4 inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ImportWizard</name>
    <message>
        <source>Import a Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, Excel (XLSX) or OpenDocument (ODS) export of the survey answers, one row per answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a Saved Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds. The suggestions come from the headers; a theme column counts a &quot;yes&quot;, &quot;x&quot; or a score as an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this mapping for the next survey of the same form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds everything below in one step, which Undo takes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Survey File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.xlsx *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, header included.</source>
        <translation>
            <numerusform>%n row read, header included.</numerusform>
            <numerusform>%n rows read, header included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a Saved Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that names the responding city or institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme names in the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every city and institution in the file was recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These names match several entries, or none. Say what each stands for; rows whose names stay unconfirmed are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new city or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 — new: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 — %2 has the priority %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 — %2 offers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 — %2 wants to work with %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestMapPage</name>
    <message>
        <source>Themes by city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests between cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current tab as a PNG or SVG picture with title, legend and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left half: priority (orange); right half: offer (green). Darker is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestTableModel</name>
    <message>
        <source>any partner in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestsEditor</name>
    <message>
        <source>Interested in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength (0–1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any partner in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wants to learn from its heritage tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::LocalizedTextsEditor</name>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paragraph about the place: its size, economy and what it is known for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World Heritage sites, intangible heritage, historic districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main economic sectors, e.g. tourism, logistics, agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet written in Chinese: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet written in Spanish: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet written in English: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the workspace to another file and continue there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CityBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace with one of its automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again, with the changes other windows or programs saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n actor(s)</source>
        <translation>
            <numerusform>Opened %1: %n actor</numerusform>
            <numerusform>Opened %1: %n actors</numerusform>
        </translation>
    </message>
    <message>
        <source>Cities and Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CityBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityBridge workspaces (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals are still being worked out; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefs for All Proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team&apos;s shared workspace in a PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Team Database — CityBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MapFilterBar</name>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence dated on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence dated up to this day: the map as it stood then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MapPanel</name>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed interests: arrows point at the city that is wanted as a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings proposed by the matcher (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships in the pipeline, coloured by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing twin-town links (thinned out when zoomed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame the selected city and its partners, or all cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MapView</name>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to selection (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MatchSettingsPanel</name>
    <message>
        <source>Shared priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine the two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence half-life (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners per city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harmonic mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaker side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-border pairs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore evidence on these themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only the evidence dated up to the chosen day, as if matching on that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MatrixPanel</name>
    <message>
        <source>Find a row by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city has evidence under the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MergeConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MergeDialog</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Package — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: both sides changed these fields; choose which value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the package (empty or behind here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package from %1, exported by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 (not exported as a package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1 · already here: %2 (recognised by name: %3) · conflicts: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (recognised by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also added: %1 aliases, %2 priorities and offers, %3 interests, %4 memberships, %5 participations, %6 stage changes, %7 pair rules, %8 notes, %9 decision-log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: the workspace already holds everything in the package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ParticipationTableModel</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::PartnershipDetailsPanel</name>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a partnership to see its history and move it through the stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it happened; today unless you record an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. first video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the move with your name and today&apos;s time; Ctrl+Z takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage “Dormant” today, noting since when nothing happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. send the draft MoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the next action a due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flagged dormant: no activity for %n month(s).</source>
        <translation>
            <numerusform>Flagged dormant: no activity for %n month.</numerusform>
            <numerusform>Flagged dormant: no activity for %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the stored details now. Make your change again and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::PasswordKeyring</name>
    <message>
        <source>the keyring did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring answered (such as GNOME Keyring or KWallet), so the password cannot be remembered: CityBridge asks for it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::PipelineModel</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Partnerships without activity for %n month(s) are flagged dormant</source>
        <translation>
            <numerusform>Partnerships without activity for %n month are flagged dormant</numerusform>
            <numerusform>Partnerships without activity for %n months are flagged dormant</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n month(s), since %1.</source>
        <translation>
            <numerusform>No activity for %n month, since %1.</numerusform>
            <numerusform>No activity for %n months, since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partnerships are flagged dormant after %n month(s) without activity.</source>
        <translation>
            <numerusform>Partnerships are flagged dormant after %n month without activity.</numerusform>
            <numerusform>Partnerships are flagged dormant after %n months without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::PipelinePage</name>
    <message>
        <source>Search partners, next actions, summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches either partner&apos;s name or alias in any language, the next action, the summary and the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one stage of the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the partnerships of one owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only partnerships that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag as dormant after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships with no activity for this many months are flagged dormant. Saved in the workspace; Ctrl+Z takes a change back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnership(s) shown</source>
        <translation>
            <numerusform>%1 of %n partnership shown</numerusform>
            <numerusform>%1 of %n partnerships shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 flagged dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flag as dormant after %n month(s)</source>
        <translation>
            <numerusform>Flag as dormant after %n month</numerusform>
            <numerusform>Flag as dormant after %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ProposalsModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each side gains: the first city&apos;s view, then the partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First → second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second → first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ProposalsPage</name>
    <message>
        <source>Matching cancelled; the proposals shown are from the previous run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stored matching settings could not be read; defaults are used for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s), total score %1 (optimal); a greedy choice would reach %2.</source>
        <translation>
            <numerusform>%n proposal, total score %1 (optimal); a greedy choice would reach %2.</numerusform>
            <numerusform>%n proposals, total score %1 (optimal); a greedy choice would reach %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the locked pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap per pair of countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the declined, excluded and deferred pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1 the total would be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching finished in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear rule on pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair has no rule to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for declining in the field above, then press Decline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked partners (select a city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked partners of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required to decline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a partnership at stage “proposed” and record the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the pair was declined, with the reason; it is not proposed again until cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the pair out of the proposals for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this partner first in the city&apos;s ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force this pair into the global proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never propose this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rules on this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing &amp;Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and save the brief of this pair for the two cities&apos; offices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. They are kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1, newest first, kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a verified backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup taken %2?

The current state is backed up first: restore that backup to undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored from the backup taken %2. The state before is kept as a backup: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces the open workspace with the chosen backup. The current state is backed up first, so a restore can be undone by restoring that backup. Damaged backups cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ScoreSnapshotFormatter</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the global proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score was recorded with this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score snapshot is not valid JSON; it is shown as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::StatementTableModel</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::StatementsEditor</name>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (0–1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities and offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. digital heritage exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority — what it wants to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer — what it can share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::WhyPanel</name>
    <message>
        <source>Select a proposal or a ranked partner to see why it is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1: %2 for %3, %4 for %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: only evidence dated up to %1 counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::WorkspaceDocument</name>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the workspace currently open; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was saved, but the workspace could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup of the workspace could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only; a backup cannot be restored over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the workspace cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for a team database: this works on workspace files. To get a file, copy the database with citybridge migrate-to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was changed by another window or program, but could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
