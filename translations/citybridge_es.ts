<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cb</name>
    <message>
        <source>The matching problem needs one capacity per vertex.</source>
        <translation>El problema de emparejamiento necesita una capacidad por vértice.</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation>Una capacidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>An edge joins a vertex to itself or to a vertex that does not exist.</source>
        <translation>Una arista une un vértice consigo mismo o con un vértice que no existe.</translation>
    </message>
    <message>
        <source>Edge weights must be finite numbers between 0 and 1,000,000.</source>
        <translation>Los pesos de las aristas deben ser números finitos entre 0 y 1.000.000.</translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation>%1 de %2 personas encuestadas</translation>
    </message>
    <message>
        <source>through an institution that speaks for it</source>
        <translation>a través de una institución que habla en su nombre</translation>
    </message>
    <message>
        <source>Shared priorities</source>
        <translation>Prioridades compartidas</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>Complementariedad</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>Interés expresado</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>Contexto compartido</translation>
    </message>
    <message>
        <source>an actor is never paired with itself</source>
        <translation>un actor nunca se empareja consigo mismo</translation>
    </message>
    <message>
        <source>one belongs to the other (own affiliate)</source>
        <translation>uno pertenece al otro (entidad afiliada propia)</translation>
    </message>
    <message>
        <source>same country, and only cross-border pairs are proposed</source>
        <translation>mismo país, y solo se proponen pares transfronterizos</translation>
    </message>
    <message>
        <source>a partnership already exists</source>
        <translation>ya existe una alianza</translation>
    </message>
    <message>
        <source>declined by an officer</source>
        <translation>rechazado por un funcionario</translation>
    </message>
    <message>
        <source>excluded by an officer</source>
        <translation>excluido por un funcionario</translation>
    </message>
    <message>
        <source>deferred by an officer</source>
        <translation>aplazado por un funcionario</translation>
    </message>
    <message>
        <source>%1: weight %2, %3 / %4 (%5 → %6 / %6 → %5), contribution %7</source>
        <translation>%1: peso %2, %3 / %4 (%5 → %6 / %6 → %5), contribución %7</translation>
    </message>
    <message>
        <source>Both prioritise %1</source>
        <translation>Ambos priorizan %1</translation>
    </message>
    <message>
        <source>Related priorities %1 and %2 (cluster: %3)</source>
        <translation>Prioridades relacionadas %1 y %2 (grupo temático: %3)</translation>
    </message>
    <message>
        <source>%1 needed by %2 is offered by %3</source>
        <translation>%3 ofrece %1, que %2 necesita</translation>
    </message>
    <message>
        <source>%1 needed by %2 is close to %3 offered by %4 (cluster: %5)</source>
        <translation>%1, que %2 necesita, es afín a %3, que ofrece %4 (grupo temático: %5)</translation>
    </message>
    <message>
        <source>%1 wants to work with %2</source>
        <translation>%1 quiere trabajar con %2</translation>
    </message>
    <message>
        <source>%1 wants to work with cities in %2</source>
        <translation>%1 quiere trabajar con ciudades de %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>Both took part in %1 (%2)</source>
        <translation>Ambos participaron en %1 (%2)</translation>
    </message>
    <message>
        <source>Both are linked to %1</source>
        <translation>Ambos están vinculados a %1</translation>
    </message>
    <message>
        <source>Not proposed: %1</source>
        <translation>No se propone: %1</translation>
    </message>
    <message>
        <source>Locked by an officer: always in the proposals</source>
        <translation>Bloqueado por un funcionario: siempre figura en las propuestas</translation>
    </message>
    <message>
        <source>Pinned by an officer</source>
        <translation>Fijado por un funcionario</translation>
    </message>
    <message>
        <source>Distance: %1 km</source>
        <translation>Distancia: %1 km</translation>
    </message>
    <message>
        <source>Shared office hours (09:00–17:00): %1 h</source>
        <translation>Horario de oficina compartido (09:00–17:00): %1 h</translation>
    </message>
    <message>
        <source>The locked pairs give a city more partners than the partner limit allows; unlock one or raise the limit.</source>
        <translation>Los pares bloqueados dan a una ciudad más socios de los que permite el límite; desbloquee uno o aumente el límite.</translation>
    </message>
    <message>
        <source>The locked pairs already exceed the cap per pair of countries.</source>
        <translation>Los pares bloqueados ya superan el tope por par de países.</translation>
    </message>
    <message>
        <source>A pair is both locked and excluded; clear one of the two rules.</source>
        <translation>Un par está bloqueado y excluido a la vez; elimine una de las dos reglas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Backup of %1 failed: %2</source>
        <translation>Falló la copia de seguridad de %1: %2</translation>
    </message>
    <message>
        <source>The backup of %1 did not pass the integrity check.</source>
        <translation>La copia de seguridad de %1 no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es un JSON válido: %2</translation>
    </message>
    <message>
        <source>Partnership %1 has no history.</source>
        <translation>La alianza %1 no tiene historial.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Cannot write the sample workspace to %1.</source>
        <translation>No se puede escribir el espacio de trabajo de ejemplo en %1.</translation>
    </message>
    <message>
        <source>A spreadsheet (ZIP) file cannot be read from a stream; save it to a file first.</source>
        <translation>Un archivo de hoja de cálculo (ZIP) no se puede leer desde un flujo; guárdelo primero en un archivo.</translation>
    </message>
    <message>
        <source>This OpenDocument file is not a spreadsheet; save it as .ods, .xlsx or CSV.</source>
        <translation>Este archivo OpenDocument no es una hoja de cálculo; guárdelo como .ods, .xlsx o CSV.</translation>
    </message>
    <message>
        <source>This is a Word document, not a spreadsheet.</source>
        <translation>Es un documento de Word, no una hoja de cálculo.</translation>
    </message>
    <message>
        <source>This is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>Es una presentación de PowerPoint, no una hoja de cálculo.</translation>
    </message>
    <message>
        <source>This ZIP archive is not a spreadsheet (XLSX or ODS).</source>
        <translation>Este archivo ZIP no es una hoja de cálculo (XLSX u ODS).</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>El archivo no está abierto para lectura.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is a legacy Excel 97-2003 (.xls) or other Office binary file; save it as .xlsx or CSV and import that.</source>
        <translation>Es un archivo antiguo de Excel 97-2003 (.xls) u otro archivo binario de Office; guárdelo como .xlsx o CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a table.</source>
        <translation>Es un documento PDF, no una tabla.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Introduzca una fecha válida.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>Choose the source this comes from.</source>
        <translation>Elija la fuente de la que procede.</translation>
    </message>
    <message>
        <source>The chosen source does not exist in this workspace.</source>
        <translation>La fuente elegida no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Enter the English name.</source>
        <translation>Introduzca el nombre en inglés.</translation>
    </message>
    <message>
        <source>Choose the country of the city.</source>
        <translation>Elija el país de la ciudad.</translation>
    </message>
    <message>
        <source>“%1” is not a country of this workspace.</source>
        <translation>«%1» no es un país de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>An actor cannot belong to itself.</source>
        <translation>Un actor no puede pertenecer a sí mismo.</translation>
    </message>
    <message>
        <source>The parent actor does not exist in this workspace.</source>
        <translation>El actor superior no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>Introduzca la latitud y la longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 degrees.</source>
        <translation>La latitud debe estar entre -90 y 90 grados.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 degrees.</source>
        <translation>La longitud debe estar entre -180 y 180 grados.</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>La población no puede ser negativa.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (e.g. Asia/Shanghai).</source>
        <translation>«%1» no es una zona horaria conocida (p. ej., Asia/Shanghai).</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>Elija una categoría de la lista.</translation>
    </message>
    <message>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>Introduzca una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>A city named “%1” already exists.</source>
        <translation>Ya existe una ciudad llamada «%1».</translation>
    </message>
    <message>
        <source>An institution named “%1” already exists.</source>
        <translation>Ya existe una institución llamada «%1».</translation>
    </message>
    <message>
        <source>Choose an actor that exists in this workspace.</source>
        <translation>Elija un actor que exista en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Choose a theme.</source>
        <translation>Elija un tema.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 1.</source>
        <translation>El peso debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>Choose either a partner or a country.</source>
        <translation>Elija un socio o un país, no ambos.</translation>
    </message>
    <message>
        <source>An actor cannot express interest in itself.</source>
        <translation>Un actor no puede expresar interés en sí mismo.</translation>
    </message>
    <message>
        <source>The partner does not exist in this workspace.</source>
        <translation>El socio no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The strength must be between 0 and 1.</source>
        <translation>La intensidad debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>One of the themes does not exist in this workspace.</source>
        <translation>Uno de los temas no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Elija una función de la lista.</translation>
    </message>
    <message>
        <source>Enter the English title.</source>
        <translation>Introduzca el título en inglés.</translation>
    </message>
    <message>
        <source>Choose a kind of event from the list.</source>
        <translation>Elija un tipo de evento de la lista.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Introduzca la fecha del evento.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>La fecha de fin no puede ser anterior a la de inicio.</translation>
    </message>
    <message>
        <source>%1 is listed twice with the same role.</source>
        <translation>%1 figura dos veces con la misma función.</translation>
    </message>
    <message>
        <source>The document could not be written as ODT.</source>
        <translation>No se pudo escribir el documento en formato ODT.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>A copy of the current workspace cannot be written to %1.</source>
        <translation>No se puede escribir una copia del espacio de trabajo actual en %1.</translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>El archivo de espacio de trabajo %1 no existe.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>No se puede restaurar la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is the workspace itself.</source>
        <translation>La copia de seguridad %1 es el propio espacio de trabajo.</translation>
    </message>
    <message>
        <source>The current workspace could not be backed up, so nothing was restored: %1</source>
        <translation>No se pudo hacer una copia de seguridad del espacio de trabajo actual, así que no se restauró nada: %1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; the workspace was not changed.</source>
        <translation>No se puede reemplazar %1; el espacio de trabajo no se modificó.</translation>
    </message>
    <message>
        <source>before migration to v%1</source>
        <translation>antes de la migración a v%1</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>The table %1 is missing in the target.</source>
        <translation>Falta la tabla %1 en el destino.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>This kind of workspace cannot be copied.</source>
        <translation>Este tipo de espacio de trabajo no se puede copiar.</translation>
    </message>
    <message>
        <source>The target %1 is read-only.</source>
        <translation>El destino %1 es de solo lectura.</translation>
    </message>
    <message>
        <source>The target %1 is not empty (%2 holds %3 rows); nothing was copied.</source>
        <translation>El destino %1 no está vacío (%2 tiene %3 filas); no se copió nada.</translation>
    </message>
    <message>
        <source>Only the owner of the tables in %1 can copy a workspace into it: the decision log would otherwise lose who took each decision.</source>
        <translation>Solo el propietario de las tablas de %1 puede copiar un espacio de trabajo en él: de lo contrario, el registro de decisiones perdería quién tomó cada decisión.</translation>
    </message>
    <message>
        <source>Verification failed: %1 has %2 rows in the source and %3 in the copy; nothing was copied.</source>
        <translation>La verificación falló: %1 tiene %2 filas en el origen y %3 en la copia; no se copió nada.</translation>
    </message>
</context>
<context>
    <name>cb::ActorEdit</name>
    <message>
        <source>The actor no longer exists in this workspace.</source>
        <translation>El actor ya no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>It is part of the pipeline (partnerships: %1); close them there instead of removing it.</source>
        <translation>Forma parte del proceso de alianzas (alianzas: %1); ciérrelas allí en lugar de eliminarlo.</translation>
    </message>
    <message>
        <source>The decision log refers to it; removing it would leave that history without a name.</source>
        <translation>El registro de decisiones lo menciona; si lo elimina, ese historial quedaría sin nombre.</translation>
    </message>
    <message>
        <source>Other actors belong to it (%1); change or remove them first.</source>
        <translation>Otros actores dependen de él (%1); modifíquelos o elimínelos primero.</translation>
    </message>
    <message>
        <source>Nothing to restore.</source>
        <translation>No hay nada que restaurar.</translation>
    </message>
    <message>
        <source>An event the actor took part in no longer exists.</source>
        <translation>Un evento en el que participó el actor ya no existe.</translation>
    </message>
</context>
<context>
    <name>cb::Brief</name>
    <message>
        <source>Pairing brief: %1 and %2</source>
        <translation>Informe de hermanamiento: %1 y %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Preparado el %1</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Preparado por %1 el %2</translation>
    </message>
    <message>
        <source>evidence up to %1</source>
        <translation>evidencia hasta el %1</translation>
    </message>
    <message>
        <source>%1 and %2 are proposed as partners with a score of %3 out of 1.</source>
        <translation>Se propone a %1 y %2 como socios, con una puntuación de %3 sobre 1.</translation>
    </message>
    <message>
        <source>Both list the same priorities: %1.</source>
        <translation>Ambas comparten prioridades: %1.</translation>
    </message>
    <message>
        <source>%1 can share its experience in %2 with %3.</source>
        <translation>%1 puede compartir con %3 su experiencia en %2.</translation>
    </message>
    <message>
        <source>Each side has said it wants to work with the other.</source>
        <translation>Cada parte ha expresado su interés en trabajar con la otra.</translation>
    </message>
    <message>
        <source>%1 has said it wants to work with %2.</source>
        <translation>%1 ha expresado su interés en trabajar con %2.</translation>
    </message>
    <message>
        <source>They have already met through shared events or institutions.</source>
        <translation>Ya han coincidido en eventos o a través de instituciones comunes.</translation>
    </message>
    <message>
        <source>Why they match</source>
        <translation>Por qué encajan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Overall score %1: %2 for %3 and %4 for %5.</source>
        <translation>Puntuación global %1: %2 para %3 y %4 para %5.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Gain for %1</source>
        <translation>Beneficio para %1</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <source>%1, close to %2</source>
        <translation>%1, afín a %2</translation>
    </message>
    <message>
        <source>Priorities both share:</source>
        <translation>Prioridades que ambas comparten:</translation>
    </message>
    <message>
        <source>Priorities of %1 that %2 can help with:</source>
        <translation>Prioridades de %1 en las que %2 puede ayudar:</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>Interés expresado</translation>
    </message>
    <message>
        <source>Shared events and introductions</source>
        <translation>Eventos compartidos y presentaciones</translation>
    </message>
    <message>
        <source>Who could introduce them:</source>
        <translation>Quién podría presentarlas:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>Provincia o estado</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation>Sectores clave</translation>
    </message>
    <message>
        <source>Current priorities</source>
        <translation>Prioridades actuales</translation>
    </message>
    <message>
        <source>Can share</source>
        <translation>Puede compartir</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Locator map</source>
        <translation>Mapa de ubicación</translation>
    </message>
    <message>
        <source>%1 and %2, joined along the great circle.</source>
        <translation>%1 y %2, unidas por el arco de círculo máximo.</translation>
    </message>
    <message>
        <source>Office hours barely overlap: plan calls early in the morning in one city and in the evening in the other, or work by e-mail.</source>
        <translation>Los horarios de oficina apenas coinciden: programe las llamadas a primera hora de la mañana en una ciudad y por la tarde-noche en la otra, o trabaje por correo electrónico.</translation>
    </message>
    <message>
        <source>Time zones: %1 %2, %3 %4</source>
        <translation>Husos horarios: %1 %2, %3 %4</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Working language: %1 in both cities</source>
        <translation>Idioma de trabajo: %1 en ambas ciudades</translation>
    </message>
    <message>
        <source>Languages: %1 in %2, %3 in %4; plan interpretation</source>
        <translation>Idiomas: %1 en %2, %3 en %4; prevea interpretación</translation>
    </message>
    <message>
        <source>Practical notes</source>
        <translation>Notas prácticas</translation>
    </message>
    <message>
        <source>A webinar in which %1 presents its practice in %2 to officials of %3</source>
        <translation>Un seminario web en el que %1 presente su práctica en %2 a funcionarios de %3</translation>
    </message>
    <message>
        <source>An exchange of experts on %1, a priority for both cities</source>
        <translation>Un intercambio de especialistas sobre %1, prioridad de ambas ciudades</translation>
    </message>
    <message>
        <source>An introductory video call between both mayors&apos; offices</source>
        <translation>Una videollamada de presentación entre las oficinas de ambas alcaldías</translation>
    </message>
    <message>
        <source>Suggested first activities</source>
        <translation>Primeras actividades sugeridas</translation>
    </message>
    <message>
        <source>Partnership so far</source>
        <translation>La alianza hasta ahora</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Etapa actual: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactada</translation>
    </message>
    <message>
        <source>Exploratory exchange</source>
        <translation>Intercambio exploratorio</translation>
    </message>
    <message>
        <source>Friendship MoU</source>
        <translation>Memorando de amistad</translation>
    </message>
    <message>
        <source>Pilot project</source>
        <translation>Proyecto piloto</translation>
    </message>
    <message>
        <source>Formal agreement</source>
        <translation>Acuerdo formal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>There is no such pair in this matching run.</source>
        <translation>Ese par no figura en esta ejecución del emparejamiento.</translation>
    </message>
    <message>
        <source>Unknown brief language &quot;%1&quot;: use en, zh, es or bilingual.</source>
        <translation>Idioma de informe desconocido «%1»: use en, zh, es o bilingual.</translation>
    </message>
</context>
<context>
    <name>cb::BriefBatch</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>cb::BriefExporter</name>
    <message>
        <source>The brief is empty.</source>
        <translation>El informe está vacío.</translation>
    </message>
    <message>
        <source>PDF and ODT briefs need the graphical libraries (fonts); use HTML here.</source>
        <translation>Los informes PDF y ODT necesitan las bibliotecas gráficas (fuentes); aquí use HTML.</translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation>No se pudo generar el documento.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cb::CityInterestMatrix</name>
    <message>
        <source>Interests (voices)</source>
        <translation>Intereses (voces)</translation>
    </message>
    <message>
        <source>Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation>Datos: espacio de trabajo de CityBridge, Proyecto de Ciudades de la UNOSSC</translation>
    </message>
</context>
<context>
    <name>cb::CityThemeMatrix</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation>Datos: espacio de trabajo de CityBridge, Proyecto de Ciudades de la UNOSSC</translation>
    </message>
</context>
<context>
    <name>cb::ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>City or institution</source>
        <translation>Ciudad o institución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Interest in a partner city</source>
        <translation>Interés en una ciudad socia</translation>
    </message>
    <message>
        <source>Interest in a partner country</source>
        <translation>Interés en un país socio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>This is not a CityBridge import mapping.</source>
        <translation>Esto no es una correspondencia de importación de CityBridge.</translation>
    </message>
    <message>
        <source>This import mapping was written by a newer version of CityBridge.</source>
        <translation>Esta correspondencia de importación la escribió una versión más reciente de CityBridge.</translation>
    </message>
    <message>
        <source>The import mapping has an invalid header row, sheet or actor kind.</source>
        <translation>La correspondencia de importación tiene una fila de encabezados, una hoja o un tipo de actor no válidos.</translation>
    </message>
    <message>
        <source>Column %1 of the import mapping is invalid.</source>
        <translation>La columna %1 de la correspondencia de importación no es válida.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid import mapping: %2</source>
        <translation>%1 no es una correspondencia de importación válida: %2</translation>
    </message>
</context>
<context>
    <name>cb::ConnectionInfo</name>
    <message>
        <source>A database address starts with postgresql://</source>
        <translation>Una dirección de base de datos empieza por postgresql://</translation>
    </message>
    <message>
        <source>The database address is not a valid URL (postgresql://user@host:port/database).</source>
        <translation>La dirección de la base de datos no es una URL válida (postgresql://usuario@servidor:puerto/base).</translation>
    </message>
    <message>
        <source>The database address names no database (postgresql://host/database).</source>
        <translation>La dirección no indica ninguna base de datos (postgresql://servidor/base).</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (disable, allow, prefer, require, verify-ca, verify-full).</source>
        <translation>sslmode desconocido «%1» (disable, allow, prefer, require, verify-ca, verify-full).</translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; is not accepted: use lower-case letters, digits and _.</source>
        <translation>No se acepta el nombre de esquema «%1»: use minúsculas, cifras y _.</translation>
    </message>
    <message>
        <source>Unknown database address option &quot;%1&quot; (sslmode, schema, host).</source>
        <translation>Opción desconocida en la dirección de la base de datos: «%1» (sslmode, schema, host).</translation>
    </message>
</context>
<context>
    <name>cb::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>El archivo no está abierto para lectura.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it looks like a binary file, not CSV text.</source>
        <translation>El archivo contiene bytes NUL: parece un archivo binario, no texto CSV.</translation>
    </message>
    <message>
        <source>This build of CityBridge cannot decode %1 text.</source>
        <translation>Esta compilación de CityBridge no puede decodificar texto %1.</translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break.</source>
        <translation>El delimitador no puede ser una comilla ni un salto de línea.</translation>
    </message>
    <message>
        <source>Sheet1</source>
        <translation>Hoja1</translation>
    </message>
    <message>
        <source>The CSV file was not opened.</source>
        <translation>El archivo CSV no se abrió.</translation>
    </message>
    <message>
        <source>This stream cannot go back to its first row; open the file again.</source>
        <translation>Este flujo no puede volver a su primera fila; abra el archivo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot go back to the start of the file: %1</source>
        <translation>No se puede volver al inicio del archivo: %1</translation>
    </message>
    <message>
        <source>A CSV file has one sheet; there is no sheet %1.</source>
        <translation>Un archivo CSV tiene una sola hoja; no existe la hoja %1.</translation>
    </message>
    <message>
        <source>The table has more than %1 cells; read fewer rows or split the file.</source>
        <translation>La tabla tiene más de %1 celdas; lea menos filas o divida el archivo.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here (the encoding was detected from its beginning); choose the file&apos;s encoding, or allow replacement characters.</source>
        <translation>El archivo no es texto %1 válido en este punto (la codificación se detectó a partir de su inicio); elija la codificación del archivo o permita caracteres de sustitución.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here; choose another encoding, or allow replacement characters.</source>
        <translation>El archivo no es texto %1 válido en este punto; elija otra codificación o permita caracteres de sustitución.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un campo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>Una fila tiene más de %1 columnas.</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is not closed before the end of the file.</source>
        <translation>Un campo entre comillas abierto en la línea %1 no se cierra antes del final del archivo.</translation>
    </message>
</context>
<context>
    <name>cb::CsvTableWriter</name>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>El archivo CSV no está abierto para escritura.</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>No se pudieron escribir los datos CSV: %1</translation>
    </message>
</context>
<context>
    <name>cb::Database</name>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>El archivo de espacio de trabajo %1 no existe.</translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>%1 is not a CityBridge workspace (it is not an SQLite database).</source>
        <translation>%1 no es un espacio de trabajo de CityBridge (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 está dañado y no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CityBridge workspace.</source>
        <translation>%1 es una base de datos SQLite, pero no un espacio de trabajo de CityBridge.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CityBridge (schema %2; this program reads up to %3). Please update CityBridge.</source>
        <translation>%1 se escribió con una versión más reciente de CityBridge (esquema %2; este programa lee hasta el %3). Actualice CityBridge.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed: %2). Restore it from a backup.</source>
        <translation>%1 está dañado (falló la comprobación de integridad: %2). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not create the workspace %1: %2</source>
        <translation>No se pudo crear el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only; open it read-only or copy it first.</source>
        <translation>El espacio de trabajo %1 es de solo lectura; ábralo en modo de solo lectura o cópielo primero.</translation>
    </message>
    <message>
        <source>The workspace needs an upgrade, but the backup before it failed: %1</source>
        <translation>El espacio de trabajo necesita una actualización, pero falló la copia de seguridad previa: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the workspace %1: %2</source>
        <translation>No se pudo actualizar el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded before it can be read.</source>
        <translation>%1 usa un esquema anterior (%2) y debe actualizarse antes de poder leerse.</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation>Falló la migración a la versión %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be checked within %2 seconds; it may be damaged or made to stall CityBridge. It was not opened.</source>
        <translation>%1 no se pudo comprobar en %2 segundos; puede estar dañado o preparado para bloquear CityBridge. No se abrió.</translation>
    </message>
    <message>
        <source>%1 has no known CityBridge schema version (%2); it cannot be opened.</source>
        <translation>%1 no tiene una versión de esquema de CityBridge conocida (%2); no se puede abrir.</translation>
    </message>
    <message>
        <source>%1 is not a workspace as CityBridge makes it (%2); it was not opened.</source>
        <translation>%1 no es un espacio de trabajo tal como lo crea CityBridge (%2); no se abrió.</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>falta la tabla %1</translation>
    </message>
    <message>
        <source>the index %1 is missing</source>
        <translation>falta el índice %1</translation>
    </message>
    <message>
        <source>the trigger %1 is missing</source>
        <translation>falta el disparador %1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation>se modificó la definición de la tabla %1</translation>
    </message>
    <message>
        <source>the definition of the index %1 was changed</source>
        <translation>se modificó la definición del índice %1</translation>
    </message>
    <message>
        <source>the definition of the trigger %1 was changed</source>
        <translation>se modificó la definición del disparador %1</translation>
    </message>
    <message>
        <source>it contains a view %1 that CityBridge does not make</source>
        <translation>contiene una vista %1 que CityBridge no crea</translation>
    </message>
    <message>
        <source>it contains a trigger %1 that CityBridge does not make</source>
        <translation>contiene un disparador %1 que CityBridge no crea</translation>
    </message>
    <message>
        <source>it contains an index %1 that CityBridge does not make</source>
        <translation>contiene un índice %1 que CityBridge no crea</translation>
    </message>
    <message>
        <source>it contains a table %1 that CityBridge does not make</source>
        <translation>contiene una tabla %1 que CityBridge no crea</translation>
    </message>
    <message>
        <source>the schema of version %1 is unknown to this program</source>
        <translation>este programa no conoce el esquema de la versión %1</translation>
    </message>
    <message>
        <source>its schema cannot be read: %1</source>
        <translation>no se puede leer su esquema: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened safely: %2</source>
        <translation>No se puede abrir %1 de forma segura: %2</translation>
    </message>
    <message>
        <source>the SQLite connection is not available</source>
        <translation>la conexión SQLite no está disponible</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode could not be switched on</source>
        <translation>no se pudo activar el modo defensivo de SQLite</translation>
    </message>
    <message>
        <source>triggers and views could not be switched off</source>
        <translation>no se pudieron desactivar los disparadores y las vistas</translation>
    </message>
    <message>
        <source>The workspace %1 is being changed by another CityBridge window or program; try again in a moment. Nothing was saved.</source>
        <translation>Otra ventana o programa de CityBridge está modificando el espacio de trabajo %1; vuelva a intentarlo en un momento. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>cb::DecisionEdits</name>
    <message>
        <source>The partnership no longer exists in this workspace.</source>
        <translation>La alianza ya no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>A partnership joins two different actors.</source>
        <translation>Una alianza une a dos actores distintos.</translation>
    </message>
    <message>
        <source>A rule applies to two different actors.</source>
        <translation>Una regla se aplica a dos actores distintos.</translation>
    </message>
    <message>
        <source>Say why the pair is declined.</source>
        <translation>Indique por qué se rechaza el par.</translation>
    </message>
    <message>
        <source>The pair has no such rule to clear.</source>
        <translation>El par no tiene esa regla que quitar.</translation>
    </message>
    <message>
        <source>Unknown partnership stage: %1</source>
        <translation>Etapa de alianza desconocida: %1</translation>
    </message>
    <message>
        <source>The date of a stage change must be a valid day, not in the future.</source>
        <translation>La fecha de un cambio de etapa debe ser un día válido y no futuro.</translation>
    </message>
    <message>
        <source>The partnership is already at this stage.</source>
        <translation>La alianza ya está en esta etapa.</translation>
    </message>
</context>
<context>
    <name>cb::DormancyPolicy</name>
    <message>
        <source>The number of months without activity must be a whole number from %1 to %2.</source>
        <translation>El número de meses sin actividad debe ser un número entero de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>cb::Editing</name>
    <message>
        <source>The actor has no identifier.</source>
        <translation>El actor no tiene identificador.</translation>
    </message>
    <message>
        <source>The actor “%1” no longer exists in this workspace.</source>
        <translation>El actor «%1» ya no existe en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>cb::EntityResolver</name>
    <message>
        <source>%1 (%2, %3; population %4; gazetteer)</source>
        <translation>%1 (%2, %3; población %4; nomenclátor)</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>%1 (%2, %3; in the workspace)</source>
        <translation>%1 (%2, %3; en el espacio de trabajo)</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several entries of the workspace.</source>
        <translation>«%1» es el nombre de varias entradas del espacio de trabajo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several cities of the gazetteer.</source>
        <translation>«%1» es el nombre de varias ciudades del nomenclátor.</translation>
    </message>
    <message>
        <source>No city or institution called &quot;%1&quot; was found in the workspace or the gazetteer.</source>
        <translation>No se encontró ninguna ciudad ni institución llamada «%1» en el espacio de trabajo ni en el nomenclátor.</translation>
    </message>
</context>
<context>
    <name>cb::EventEdit</name>
    <message>
        <source>The event no longer exists in this workspace.</source>
        <translation>El evento ya no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Survey respondent groups refer to this event; it cannot be removed.</source>
        <translation>Hay grupos de personas encuestadas que remiten a este evento; no se puede eliminar.</translation>
    </message>
</context>
<context>
    <name>cb::EventRepository</name>
    <message>
        <source>An event needs a title.</source>
        <translation>Un evento necesita un título.</translation>
    </message>
    <message>
        <source>This event no longer exists; reload the events and try again.</source>
        <translation>Este evento ya no existe; vuelva a cargar los eventos e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>cb::Explanation</name>
    <message>
        <source>Shared priorities</source>
        <translation>Prioridades compartidas</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>Complementariedad</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>Interés expresado</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>Contexto compartido</translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation>%1 de %2 personas encuestadas</translation>
    </message>
    <message>
        <source>through an institution that speaks for it</source>
        <translation>a través de una institución que habla en su nombre</translation>
    </message>
    <message>
        <source>%1 wants to work with %2</source>
        <translation>%1 quiere trabajar con %2</translation>
    </message>
    <message>
        <source>%1 wants to work with cities in %2</source>
        <translation>%1 quiere trabajar con ciudades de %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>Both took part in %1 (%2)</source>
        <translation>Ambos participaron en %1 (%2)</translation>
    </message>
    <message>
        <source>Both are linked to %1</source>
        <translation>Ambos están vinculados a %1</translation>
    </message>
    <message>
        <source>Distance: %1 km</source>
        <translation>Distancia: %1 km</translation>
    </message>
    <message>
        <source>Shared office hours (09:00–17:00): %1 h</source>
        <translation>Horario de oficina compartido (09:00–17:00): %1 h</translation>
    </message>
</context>
<context>
    <name>cb::ExportTables</name>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stable ID</source>
        <translation>ID estable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nombre (inglés)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Nombre (chino)</translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation>Nombre (español)</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nombre local</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>Provincia o estado</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>Año del dato de población</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>GeoNames ID</source>
        <translation>ID de GeoNames</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>Grupo de encuestados</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>To country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Socio A</translation>
    </message>
    <message>
        <source>Country A</source>
        <translation>País A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Socio B</translation>
    </message>
    <message>
        <source>Country B</source>
        <translation>País B</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>Plazo de la próxima acción</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score for A</source>
        <translation>Puntuación para A</translation>
    </message>
    <message>
        <source>Score for B</source>
        <translation>Puntuación para B</translation>
    </message>
    <message>
        <source>Shared themes</source>
        <translation>Temas compartidos</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <source>ID A</source>
        <translation>ID A</translation>
    </message>
    <message>
        <source>ID B</source>
        <translation>ID B</translation>
    </message>
</context>
<context>
    <name>cb::Exporter</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>No se indicó un nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the export.</source>
        <translation>%1 es una carpeta: indique un nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only.</source>
        <translation>No se puede escribir %1: el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable.</source>
        <translation>No se puede escribir %1: no se puede escribir en la carpeta %2.</translation>
    </message>
    <message>
        <source>A CSV file holds one table: export the network as XLSX, GeoJSON or GraphML, or one table as CSV.</source>
        <translation>Un archivo CSV contiene una sola tabla: exporte la red como XLSX, GeoJSON o GraphML, o una tabla como CSV.</translation>
    </message>
    <message>
        <source>GraphML holds the whole network: export &quot;network&quot; as GraphML.</source>
        <translation>GraphML contiene la red completa: exporte «network» como GraphML.</translation>
    </message>
    <message>
        <source>Institutions have no place on the map: export them as CSV or XLSX.</source>
        <translation>Las instituciones no tienen ubicación en el mapa: expórtelas como CSV o XLSX.</translation>
    </message>
    <message>
        <source>There are no proposals to export: run the matching first.</source>
        <translation>No hay propuestas para exportar: ejecute primero el emparejamiento.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>not all of the data could be written (is the disk full?)</source>
        <translation>no se pudieron escribir todos los datos (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>cb::Gazetteer</name>
    <message>
        <source>The bundled gazetteer cannot be read: %1</source>
        <translation>No se puede leer el nomenclátor incluido: %1</translation>
    </message>
    <message>
        <source>The gazetteer has no column “%1”.</source>
        <translation>El nomenclátor no tiene la columna «%1».</translation>
    </message>
    <message>
        <source>Line %1 of the gazetteer is malformed.</source>
        <translation>La línea %1 del nomenclátor está mal formada.</translation>
    </message>
</context>
<context>
    <name>cb::GeoJsonNetworkWriter</name>
    <message>
        <source>The GeoJSON file is not open for writing.</source>
        <translation>El archivo GeoJSON no está abierto para escritura.</translation>
    </message>
    <message>
        <source>Could not write the GeoJSON data: %1</source>
        <translation>No se pudieron escribir los datos GeoJSON: %1</translation>
    </message>
</context>
<context>
    <name>cb::GraphMlNetworkWriter</name>
    <message>
        <source>The GraphML file is not open for writing.</source>
        <translation>El archivo GraphML no está abierto para escritura.</translation>
    </message>
    <message>
        <source>Could not write the GraphML data: %1</source>
        <translation>No se pudieron escribir los datos GraphML: %1</translation>
    </message>
</context>
<context>
    <name>cb::ImportEdit</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import stopped at row %1 (test).</source>
        <translation>La importación se detuvo en la fila %1 (prueba).</translation>
    </message>
    <message>
        <source>The city or institution %1 is no longer in the workspace.</source>
        <translation>La ciudad o institución %1 ya no está en el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>cb::ImportPlan</name>
    <message numerus="yes">
        <source>File: %1 (%n data row(s))</source>
        <translation>
            <numerusform>Archivo: %1 (%n fila de datos)</numerusform>
            <numerusform>Archivo: %1 (%n filas de datos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1 (already in the workspace)</source>
        <translation>Fuente: %1 (ya está en el espacio de trabajo)</translation>
    </message>
    <message>
        <source>Source: %1 (new survey source)</source>
        <translation>Fuente: %1 (nueva fuente de encuesta)</translation>
    </message>
    <message numerus="yes">
        <source>To add: %n new city or institution(s),</source>
        <translation>
            <numerusform>Se añadirán: %n ciudad o institución nueva,</numerusform>
            <numerusform>Se añadirán: %n ciudades o instituciones nuevas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies),</source>
        <translation>
            <numerusform>%n prioridad,</numerusform>
            <numerusform>%n prioridades,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s),</source>
        <translation>
            <numerusform>%n oferta,</numerusform>
            <numerusform>%n ofertas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interest(s).</source>
        <translation>
            <numerusform>%n interés.</numerusform>
            <numerusform>%n intereses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the workspace, not added again: %n statement(s) or interest(s).</source>
        <translation>
            <numerusform>Ya están en el espacio de trabajo y no se añaden de nuevo: %n declaración o interés.</numerusform>
            <numerusform>Ya están en el espacio de trabajo y no se añaden de nuevo: %n declaraciones o intereses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped by choice: %n row(s).</source>
        <translation>
            <numerusform>Omitida por elección: %n fila.</numerusform>
            <numerusform>Omitidas por elección: %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems, left out: %1.</source>
        <translation>Filas con problemas, no importadas: %1.</translation>
    </message>
    <message>
        <source>Names to confirm: %1.</source>
        <translation>Nombres por confirmar: %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation>Fila %1, columna %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>cb::ImportPlanner</name>
    <message>
        <source>Survey answers imported from %1</source>
        <translation>Respuestas de encuesta importadas de %1</translation>
    </message>
    <message>
        <source>No column is mapped to the city or institution name.</source>
        <translation>Ninguna columna corresponde al nombre de la ciudad o institución.</translation>
    </message>
    <message>
        <source>The city or institution name is empty.</source>
        <translation>El nombre de la ciudad o institución está vacío.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country.</source>
        <translation>«%1» no es un país conocido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1» no es una fecha.</translation>
    </message>
    <message>
        <source>The mapping names the theme &quot;%1&quot;, which this workspace does not have.</source>
        <translation>La correspondencia indica el tema «%1», que este espacio de trabajo no tiene.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme of this workspace.</source>
        <translation>«%1» no es un tema de este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>cb::InterestEdit</name>
    <message>
        <source>The interest was changed elsewhere; reload and try again.</source>
        <translation>El interés se modificó en otro lugar; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>cb::MapExporter</name>
    <message>
        <source>The map could not be rendered as PNG.</source>
        <translation>No se pudo representar el mapa como PNG.</translation>
    </message>
    <message>
        <source>The map size is empty.</source>
        <translation>El tamaño del mapa está vacío.</translation>
    </message>
    <message>
        <source>CityBridge map</source>
        <translation>Mapa de CityBridge</translation>
    </message>
    <message>
        <source>The SVG generator could not start.</source>
        <translation>No se pudo iniciar el generador de SVG.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation>No se puede saber el formato de %1: use un nombre de archivo .png o .svg.</translation>
    </message>
</context>
<context>
    <name>cb::MapFilter</name>
    <message>
        <source>No theme was given.</source>
        <translation>No se indicó ningún tema.</translation>
    </message>
    <message>
        <source>No theme is called &quot;%1&quot;.</source>
        <translation>Ningún tema se llama «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several themes: %2.</source>
        <translation>«%1» coincide con varios temas: %2.</translation>
    </message>
    <message>
        <source>No country or region is called &quot;%1&quot;.</source>
        <translation>Ningún país ni región se llama «%1».</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidata</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contactada</translation>
    </message>
    <message>
        <source>exploratory exchange</source>
        <translation>intercambio exploratorio</translation>
    </message>
    <message>
        <source>friendship MoU</source>
        <translation>memorando de entendimiento de amistad</translation>
    </message>
    <message>
        <source>pilot project</source>
        <translation>proyecto piloto</translation>
    </message>
    <message>
        <source>formal agreement</source>
        <translation>acuerdo formal</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>América</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
</context>
<context>
    <name>cb::MapRenderer</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Partnership: proposed</source>
        <translation>Alianza: propuesta</translation>
    </message>
    <message>
        <source>Partnership: contacted</source>
        <translation>Alianza: contactada</translation>
    </message>
    <message>
        <source>Partnership: meeting held</source>
        <translation>Alianza: reunión celebrada</translation>
    </message>
    <message>
        <source>Partnership: agreement signed</source>
        <translation>Alianza: acuerdo firmado</translation>
    </message>
    <message>
        <source>Partnership: active</source>
        <translation>Alianza: activa</translation>
    </message>
    <message>
        <source>Partnership: dormant</source>
        <translation>Alianza: inactiva</translation>
    </message>
    <message>
        <source>Partnership: declined</source>
        <translation>Alianza: rechazada</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>Interés expresado</translation>
    </message>
    <message>
        <source>Proposed pairing</source>
        <translation>Emparejamiento propuesto</translation>
    </message>
    <message>
        <source>Twin towns</source>
        <translation>Ciudades hermanadas</translation>
    </message>
    <message>
        <source>Partnership: candidate</source>
        <translation>Alianza: candidata</translation>
    </message>
    <message>
        <source>Partnership: exploratory exchange</source>
        <translation>Alianza: intercambio exploratorio</translation>
    </message>
    <message>
        <source>Partnership: friendship MoU</source>
        <translation>Alianza: memorando de amistad</translation>
    </message>
    <message>
        <source>Partnership: pilot project</source>
        <translation>Alianza: proyecto piloto</translation>
    </message>
    <message>
        <source>Partnership: formal agreement</source>
        <translation>Alianza: acuerdo formal</translation>
    </message>
    <message>
        <source>Partnership: closed</source>
        <translation>Alianza: cerrada</translation>
    </message>
    <message>
        <source>Survey respondents (group)</source>
        <translation>Personas encuestadas (grupo)</translation>
    </message>
</context>
<context>
    <name>cb::MapSceneBuilder</name>
    <message>
        <source>Survey respondents</source>
        <translation>Personas encuestadas</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>Encuesta: %1</translation>
    </message>
    <message>
        <source>Interest map</source>
        <translation>Mapa de intereses</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>partnerships %1</source>
        <translation>alianzas: %1</translation>
    </message>
    <message>
        <source>Top themes: %1</source>
        <translation>Temas principales: %1</translation>
    </message>
    <message>
        <source>Interests expressed: %1, received: %2</source>
        <translation>Intereses expresados: %1; recibidos: %2</translation>
    </message>
    <message>
        <source>Partnerships: %1</source>
        <translation>Alianzas: %1</translation>
    </message>
    <message>
        <source>Map: Natural Earth. Data: CityBridge workspace, UNOSSC Cities Project</source>
        <translation>Mapa: Natural Earth. Datos: espacio de trabajo de CityBridge, Proyecto de Ciudades de la UNOSSC</translation>
    </message>
    <message>
        <source>Partnership stage: %1</source>
        <translation>Etapa de la alianza: %1</translation>
    </message>
    <message>
        <source>Proposed pairing, score %1</source>
        <translation>Emparejamiento propuesto, puntuación %1</translation>
    </message>
    <message>
        <source>No member city is recorded: placed among the country&apos;s cities.</source>
        <translation>No consta ninguna ciudad miembro: se sitúa entre las ciudades del país.</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Miembros: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) named this partner</source>
        <translation>
            <numerusform>%n persona encuestada nombró a este socio</numerusform>
            <numerusform>%n personas encuestadas nombraron a este socio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expressed interest(s)</source>
        <translation>
            <numerusform>%n interés expresado</numerusform>
            <numerusform>%n intereses expresados</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Temas: %1</translation>
    </message>
    <message>
        <source>Latest evidence: %1</source>
        <translation>Evidencia más reciente: %1</translation>
    </message>
    <message>
        <source>Interest in a whole country: %1</source>
        <translation>Interés en todo un país: %1</translation>
    </message>
</context>
<context>
    <name>cb::MatchSettings</name>
    <message>
        <source>Every weight must be a number of zero or more.</source>
        <translation>Cada peso debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>Al menos un peso debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The half-life must be a positive number of months.</source>
        <translation>La vida media debe ser un número positivo de meses.</translation>
    </message>
    <message>
        <source>The broad-theme factor must be at least 0 and below 1.</source>
        <translation>El factor de tema amplio debe ser al menos 0 y menor que 1.</translation>
    </message>
    <message>
        <source>The partner limit per city must be between 1 and 50.</source>
        <translation>El límite de socios por ciudad debe estar entre 1 y 50.</translation>
    </message>
    <message>
        <source>The cap per pair of countries cannot be negative.</source>
        <translation>El tope por par de países no puede ser negativo.</translation>
    </message>
    <message>
        <source>The number of ranked partners per city must be between 1 and 1000.</source>
        <translation>El número de socios clasificados por ciudad debe estar entre 1 y 1000.</translation>
    </message>
    <message>
        <source>The minimum score must be at least 0 and below 1.</source>
        <translation>La puntuación mínima debe ser al menos 0 y menor que 1.</translation>
    </message>
</context>
<context>
    <name>cb::MatrixExporter</name>
    <message>
        <source>The table is empty: no city has evidence under the current filter.</source>
        <translation>La tabla está vacía: ninguna ciudad tiene evidencia con el filtro actual.</translation>
    </message>
    <message>
        <source>The picture is too large to render.</source>
        <translation>La imagen es demasiado grande para dibujarla.</translation>
    </message>
    <message>
        <source>The table could not be rendered as PNG.</source>
        <translation>No se pudo generar la tabla como PNG.</translation>
    </message>
    <message>
        <source>The SVG generator could not start.</source>
        <translation>No se pudo iniciar el generador de SVG.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation>No se puede saber el formato de %1: use un nombre de archivo .png o .svg.</translation>
    </message>
</context>
<context>
    <name>cb::MergeEdit</name>
    <message>
        <source>Merge %1</source>
        <translation>Combinar %1</translation>
    </message>
    <message>
        <source>The city or institution %1 is no longer in the workspace.</source>
        <translation>La ciudad o institución %1 ya no está en el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>cb::OdsReader</name>
    <message>
        <source>The spreadsheet&apos;s content.xml is damaged: %1 (line %2).</source>
        <translation>El content.xml de la hoja de cálculo está dañado: %1 (línea %2).</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of type %1, not a spreadsheet.</source>
        <translation>El archivo es un archivo OpenDocument de tipo %1, no una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file is not an OpenDocument spreadsheet: it has no content.xml.</source>
        <translation>El archivo no es una hoja de cálculo OpenDocument: no tiene content.xml.</translation>
    </message>
    <message>
        <source>The spreadsheet has no sheets.</source>
        <translation>La hoja de cálculo no tiene hojas.</translation>
    </message>
    <message>
        <source>The spreadsheet was not opened.</source>
        <translation>La hoja de cálculo no se abrió.</translation>
    </message>
    <message>
        <source>The spreadsheet has no sheet %1.</source>
        <translation>La hoja de cálculo no tiene la hoja %1.</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>Una fila tiene más de %1 columnas.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un campo tiene más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>cb::OpenWorkspaceStore</name>
    <message>
        <source>The database %1 already holds a workspace; nothing was changed.</source>
        <translation>La base de datos %1 ya contiene un espacio de trabajo; no se modificó nada.</translation>
    </message>
</context>
<context>
    <name>cb::PostgresDatabase</name>
    <message>
        <source>The database %1 holds other tables and no CityBridge workspace; nothing was changed.</source>
        <translation>La base de datos %1 contiene otras tablas y ningún espacio de trabajo de CityBridge; no se modificó nada.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CityBridge (schema %2; this program reads up to %3). Please update CityBridge.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de CityBridge (esquema %2; este programa lee hasta el %3). Actualice CityBridge.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>No está instalado el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>The schema %1 does not exist in %2.</source>
        <translation>El esquema %1 no existe en %2.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>No se pudo actualizar la base de datos al esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>cb::References</name>
    <message>
        <source>%1 refers to an unknown entry &quot;%2&quot;.</source>
        <translation>%1 hace referencia a una entrada desconocida «%2».</translation>
    </message>
</context>
<context>
    <name>cb::SheetRowCollector</name>
    <message>
        <source>The sheet has data beyond row %1, the most a spreadsheet can hold.</source>
        <translation>La hoja tiene datos más allá de la fila %1, el máximo que admite una hoja de cálculo.</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>Una fila tiene más de %1 columnas.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells; read fewer rows or split the file.</source>
        <translation>La hoja tiene más de %1 celdas; lea menos filas o divida el archivo.</translation>
    </message>
</context>
<context>
    <name>cb::SqlActorRepository</name>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un actor necesita un nombre.</translation>
    </message>
    <message>
        <source>Coordinates are out of range (latitude -90..90, longitude -180..180).</source>
        <translation>Las coordenadas están fuera de rango (latitud -90..90, longitud -180..180).</translation>
    </message>
    <message>
        <source>An actor cannot belong to itself.</source>
        <translation>Un actor no puede pertenecer a sí mismo.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since it was loaded; reload it and try again.</source>
        <translation>Este registro se modificó en otro lugar después de cargarse; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nombre (inglés)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Nombre (chino)</translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation>Nombre (español)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Parte de</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
</context>
<context>
    <name>cb::SqlEvidenceRepository</name>
    <message>
        <source>A respondent group needs at least one respondent.</source>
        <translation>Un grupo de personas encuestadas necesita al menos una persona.</translation>
    </message>
    <message>
        <source>A weight must be between 0 and 1.</source>
        <translation>Un peso debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>A priority or offer belongs to exactly one actor or respondent group.</source>
        <translation>Una prioridad u oferta pertenece exactamente a un actor o a un grupo de personas encuestadas.</translation>
    </message>
    <message>
        <source>A strength must be between 0 and 1.</source>
        <translation>Una intensidad debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>An actor cannot express interest in itself.</source>
        <translation>Un actor no puede expresar interés en sí mismo.</translation>
    </message>
    <message>
        <source>An interest needs one origin (actor or respondent group) and one target (actor or country).</source>
        <translation>Un interés necesita un origen (actor o grupo de personas encuestadas) y un destinatario (actor o país).</translation>
    </message>
    <message>
        <source>This respondent group no longer exists; reload it and try again.</source>
        <translation>Este grupo de personas encuestadas ya no existe; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This priority or offer no longer exists; reload it and try again.</source>
        <translation>Esta prioridad u oferta ya no existe; vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>cb::SqlPipelineRepository</name>
    <message>
        <source>A partnership joins two different actors.</source>
        <translation>Una alianza une a dos actores distintos.</translation>
    </message>
    <message>
        <source>Unknown partnership stage: %1</source>
        <translation>Etapa de alianza desconocida: %1</translation>
    </message>
    <message>
        <source>The partnership could not be saved: %1</source>
        <translation>No se pudo guardar la alianza: %1</translation>
    </message>
    <message>
        <source>This partnership was changed elsewhere since it was loaded; reload it and try again.</source>
        <translation>Esta alianza se modificó en otro lugar después de cargarse; vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Una nota no puede estar vacía.</translation>
    </message>
    <message>
        <source>A pair rule joins two different actors.</source>
        <translation>Una regla de par une a dos actores distintos.</translation>
    </message>
    <message>
        <source>The partnership %1 – %2</source>
        <translation>La alianza %1 – %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>Plazo de la próxima acción</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>cb::StatementEdit</name>
    <message>
        <source>The priority or offer was changed elsewhere; reload and try again.</source>
        <translation>La prioridad u oferta se modificó en otro lugar; vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>cb::StoreConflict</name>
    <message>
        <source>%1 was changed elsewhere since it was loaded (stored version %2, yours %3); nothing was saved.</source>
        <translation>%1 se modificó en otro lugar después de cargarse (versión guardada %2, la suya %3); no se guardó nada.</translation>
    </message>
    <message>
        <source>The stored values equal yours: reload it and save again.</source>
        <translation>Los valores guardados coinciden con los suyos: vuelva a cargarlo y guarde de nuevo.</translation>
    </message>
    <message>
        <source>%1: stored %2, yours %3</source>
        <translation>%1: guardado %2, el suyo %3</translation>
    </message>
    <message>
        <source>Reload it to see the stored version, then make your change again.</source>
        <translation>Vuelva a cargarlo para ver la versión guardada y haga de nuevo su cambio.</translation>
    </message>
</context>
<context>
    <name>cb::SurveyFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>There is no sheet %1; the file has %n sheet(s).</source>
        <translation>
            <numerusform>No existe la hoja %1; el archivo tiene %n hoja.</numerusform>
            <numerusform>No existe la hoja %1; el archivo tiene %n hojas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::TableReader</name>
    <message>
        <source>The document has a type declaration (DTD), which spreadsheet files never contain.</source>
        <translation>El documento tiene una declaración de tipo (DTD), que los archivos de hoja de cálculo nunca contienen.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>cb::WorkspaceMerge</name>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation>No se puede leer el paquete %1: %2</translation>
    </message>
    <message>
        <source>The workspace cannot be read: %1</source>
        <translation>No se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>City or institution</source>
        <translation>Ciudad o institución</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>Grupo de encuestados</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>native</source>
        <translation>idioma local</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>Año del dato de población</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Area in square kilometres</source>
        <translation>Superficie en kilómetros cuadrados</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>Provincia o estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>Plazo de la próxima acción</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>cb::WorkspacePackage</name>
    <message>
        <source>No file was given for the package.</source>
        <translation>No se indicó ningún archivo para el paquete.</translation>
    </message>
    <message>
        <source>The package cannot be written over the workspace it is made from.</source>
        <translation>El paquete no puede sobrescribir el espacio de trabajo del que procede.</translation>
    </message>
    <message>
        <source>A temporary folder could not be created: %1</source>
        <translation>No se pudo crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>The workspace could not be copied: %1</source>
        <translation>No se pudo copiar el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The copy of the workspace could not be opened: %1</source>
        <translation>No se pudo abrir la copia del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The package marker could not be written: %1</source>
        <translation>No se pudo escribir la marca del paquete: %1</translation>
    </message>
    <message>
        <source>The package could not be finished.</source>
        <translation>No se pudo terminar el paquete.</translation>
    </message>
    <message>
        <source>The package failed its check: %1</source>
        <translation>El paquete no superó la comprobación: %1</translation>
    </message>
    <message>
        <source>The package could not be read back: %1</source>
        <translation>No se pudo volver a leer el paquete: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>El paquete %1 no existe.</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened: %2</source>
        <translation>No se puede abrir el paquete %1: %2</translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation>No se puede leer el paquete %1: %2</translation>
    </message>
</context>
<context>
    <name>cb::WorldGeometry</name>
    <message>
        <source>Cannot open the map file %1: %2</source>
        <translation>No se puede abrir el archivo de mapa %1: %2</translation>
    </message>
    <message>
        <source>The map file is not valid JSON: %1</source>
        <translation>El archivo de mapa no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>The map file is not a GeoJSON FeatureCollection.</source>
        <translation>El archivo de mapa no es una FeatureCollection de GeoJSON.</translation>
    </message>
    <message>
        <source>Invalid geometry for the map feature &quot;%1&quot;.</source>
        <translation>Geometría no válida para el elemento del mapa «%1».</translation>
    </message>
    <message>
        <source>The map file holds no countries.</source>
        <translation>El archivo de mapa no contiene países.</translation>
    </message>
</context>
<context>
    <name>cb::XlsxReader</name>
    <message>
        <source>The workbook part %1 is damaged: %2 (line %3).</source>
        <translation>La parte %1 del libro está dañada: %2 (línea %3).</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: it has no %1.</source>
        <translation>El archivo no es un libro de Excel: no tiene %1.</translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>El libro no tiene hojas de cálculo.</translation>
    </message>
    <message>
        <source>The workbook lists sheet &quot;%1&quot; but has no part %2.</source>
        <translation>El libro enumera la hoja «%1», pero no tiene la parte %2.</translation>
    </message>
    <message>
        <source>The workbook was not opened.</source>
        <translation>El libro no se abrió.</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>El libro no tiene la hoja %1.</translation>
    </message>
    <message>
        <source>The worksheet has an invalid row number &quot;%1&quot;.</source>
        <translation>La hoja de cálculo tiene un número de fila no válido «%1».</translation>
    </message>
    <message>
        <source>The worksheet has an invalid cell reference &quot;%1&quot;.</source>
        <translation>La hoja de cálculo tiene una referencia de celda no válida «%1».</translation>
    </message>
    <message>
        <source>The worksheet has a cell outside any row or column.</source>
        <translation>La hoja de cálculo tiene una celda fuera de cualquier fila o columna.</translation>
    </message>
    <message>
        <source>The cell refers to shared string &quot;%1&quot;, which the workbook does not have.</source>
        <translation>La celda hace referencia a la cadena compartida «%1», que el libro no tiene.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un campo tiene más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>cb::XlsxTableWriter</name>
    <message>
        <source>The XLSX file is not open for writing.</source>
        <translation>El archivo XLSX no está abierto para escritura.</translation>
    </message>
    <message>
        <source>There is nothing to write to the workbook.</source>
        <translation>No hay nada que escribir en el libro.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the workbook: %1</source>
        <translation>No se pudo crear una carpeta temporal para el libro: %1</translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation>No se pudo crear el libro.</translation>
    </message>
    <message>
        <source>Could not build the workbook: %1</source>
        <translation>No se pudo generar el libro: %1</translation>
    </message>
    <message>
        <source>Could not read the built workbook: %1</source>
        <translation>No se pudo leer el libro generado: %1</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>No se pudo escribir el libro: %1</translation>
    </message>
    <message>
        <source>Could not build the workbook: its temporary file is incomplete (is the disk full?).</source>
        <translation>No se pudo crear el libro: su archivo temporal está incompleto (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>cb::ZipArchive</name>
    <message>
        <source>The archive is not open for reading.</source>
        <translation>El archivo comprimido no está abierto para lectura.</translation>
    </message>
    <message>
        <source>A ZIP archive can only be read from a file, not from a stream.</source>
        <translation>Un archivo ZIP solo se puede leer desde un archivo, no desde un flujo.</translation>
    </message>
    <message>
        <source>The file is too short to be a ZIP archive.</source>
        <translation>El archivo es demasiado corto para ser un archivo ZIP.</translation>
    </message>
    <message>
        <source>Cannot read the ZIP archive: %1</source>
        <translation>No se puede leer el archivo ZIP: %1</translation>
    </message>
    <message>
        <source>The ZIP archive has no central directory; the file is damaged or truncated.</source>
        <translation>El archivo ZIP no tiene directorio central; el archivo está dañado o truncado.</translation>
    </message>
    <message>
        <source>ZIP64 archives (over 4 GiB or 65,535 files) are not supported.</source>
        <translation>No se admiten archivos ZIP64 (de más de 4 GiB o 65.535 archivos).</translation>
    </message>
    <message>
        <source>Split (multi-volume) ZIP archives are not supported.</source>
        <translation>No se admiten archivos ZIP divididos (de varios volúmenes).</translation>
    </message>
    <message>
        <source>The ZIP archive has %1 files, more than the limit of %2.</source>
        <translation>El archivo ZIP tiene %1 archivos, más que el límite de %2.</translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory lies outside the file; the file is damaged.</source>
        <translation>El directorio central del archivo ZIP está fuera del archivo; el archivo está dañado.</translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory is implausibly large.</source>
        <translation>El directorio central del archivo ZIP es inverosímilmente grande.</translation>
    </message>
    <message>
        <source>Cannot read the ZIP archive&apos;s central directory.</source>
        <translation>No se puede leer el directorio central del archivo ZIP.</translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s central directory is damaged.</source>
        <translation>El directorio central del archivo ZIP está dañado.</translation>
    </message>
    <message>
        <source>The archive has no file %1.</source>
        <translation>El archivo comprimido no contiene el archivo %1.</translation>
    </message>
    <message>
        <source>%1 in the archive is encrypted (password-protected); save the file without a password.</source>
        <translation>%1 está cifrado en el archivo comprimido (protegido con contraseña); guarde el archivo sin contraseña.</translation>
    </message>
    <message>
        <source>%1 in the archive uses compression method %2; only stored and deflated files can be read.</source>
        <translation>%1 usa en el archivo comprimido el método de compresión %2; solo se pueden leer archivos almacenados sin compresión o con deflate.</translation>
    </message>
    <message>
        <source>%1 in the archive expands to %2 MiB, more than the limit of %3 MiB.</source>
        <translation>%1 ocupa %2 MiB al descomprimirse, más que el límite de %3 MiB.</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (its sizes disagree).</source>
        <translation>%1 está dañado en el archivo comprimido (sus tamaños no coinciden).</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (bad local header).</source>
        <translation>%1 está dañado en el archivo comprimido (encabezado local incorrecto).</translation>
    </message>
    <message>
        <source>%1 in the archive is truncated.</source>
        <translation>%1 está truncado en el archivo comprimido.</translation>
    </message>
</context>
<context>
    <name>cb::ZipEntryDevice</name>
    <message>
        <source>A file inside an archive can only be read.</source>
        <translation>Un archivo dentro de un archivo comprimido solo se puede leer.</translation>
    </message>
    <message>
        <source>Cannot start decompressing %1.</source>
        <translation>No se puede empezar a descomprimir %1.</translation>
    </message>
    <message>
        <source>%1 in the archive is truncated.</source>
        <translation>%1 está truncado en el archivo comprimido.</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2).</source>
        <translation>%1 está dañado en el archivo comprimido (%2).</translation>
    </message>
    <message>
        <source>%1 in the archive expands beyond the size its header declares; the archive is damaged or hostile.</source>
        <translation>%1 se descomprime más allá del tamaño que declara su encabezado; el archivo comprimido está dañado o es malicioso.</translation>
    </message>
    <message>
        <source>Reading %1 exceeds the limit of %2 MiB extracted from one archive.</source>
        <translation>La lectura de %1 supera el límite de %2 MiB extraídos de un mismo archivo comprimido.</translation>
    </message>
    <message>
        <source>%1 in the archive is shorter than its header declares.</source>
        <translation>%1 es más corto en el archivo comprimido de lo que declara su encabezado.</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (CRC mismatch).</source>
        <translation>%1 está dañado en el archivo comprimido (CRC no coincidente).</translation>
    </message>
</context>
<context>
    <name>cb::app</name>
    <message>
        <source>CityBridge</source>
        <translation>CityBridge</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>No se pudo abrir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh or es.</source>
        <translation>Idioma desconocido «%1»: use en, zh o es.</translation>
    </message>
    <message>
        <source>The team database could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos del equipo: %1</translation>
    </message>
    <message>
        <source>The password in the address was not used (it would stay in the shell&apos;s history): type it here, or set PGPASSWORD or ~/.pgpass.</source>
        <translation>No se usó la contraseña de la dirección (quedaría en el historial del intérprete de órdenes): escríbala aquí, o use PGPASSWORD o ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>cb::cli</name>
    <message>
        <source>--cities needs a number of cities between 1 and 1,000,000.</source>
        <translation>--cities necesita un número de ciudades entre 1 y 1.000.000.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation>--seed necesita un número entero no negativo.</translation>
    </message>
    <message>
        <source>Usage: citybridge generate --cities N [--seed S] --out FILE</source>
        <translation>Uso: citybridge generate --cities N [--seed S] --out ARCHIVO</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>The workspace could not be written: %1</source>
        <translation>No se pudo escribir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Wrote %1 cities, %2 priorities and offers, %3 interests and %4 events to %5 in %6 s.</source>
        <translation>Se escribieron %1 ciudades, %2 prioridades y ofertas, %3 intereses y %4 eventos en %5 en %6 s.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies)</source>
        <translation>
            <numerusform>%n ciudad</numerusform>
            <numerusform>%n ciudades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institución</numerusform>
            <numerusform>%n instituciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Usage: citybridge list cities|institutions|themes [--lang en|zh|es] [--json]</source>
        <translation>Uso: citybridge list cities|institutions|themes [--lang en|zh|es] [--json]</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>A→B</source>
        <translation>A→B</translation>
    </message>
    <message>
        <source>B→A</source>
        <translation>B→A</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Why %1 – %2</source>
        <translation>Por qué %1 – %2</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, e.g. 2021-01-31.</source>
        <translation>--as-of necesita una fecha con el formato AAAA-MM-DD, p. ej., 2021-01-31.</translation>
    </message>
    <message>
        <source>--k needs a whole number of partners per city.</source>
        <translation>--k necesita un número entero de socios por ciudad.</translation>
    </message>
    <message>
        <source>--top needs a positive whole number.</source>
        <translation>--top necesita un número entero positivo.</translation>
    </message>
    <message>
        <source>Ranked partners for %1</source>
        <translation>Socios clasificados para %1</translation>
    </message>
    <message>
        <source>Evidence up to %1</source>
        <translation>Evidencia hasta el %1</translation>
    </message>
    <message numerus="yes">
        <source>Global proposals (%n partner(s) per city, exact optimum)</source>
        <translation>
            <numerusform>Propuestas globales (%n socio por ciudad, óptimo exacto)</numerusform>
            <numerusform>Propuestas globales (%n socios por ciudad, óptimo exacto)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total weight: %1 (greedy: %2)</source>
        <translation>Peso total: %1 (algoritmo voraz: %2)</translation>
    </message>
    <message>
        <source>Price of %1: %2 with it, %3 without</source>
        <translation>Coste de %1: %2 con la restricción, %3 sin ella</translation>
    </message>
    <message>
        <source>took part in</source>
        <translation>participó en</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>miembro de</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>socio de</translation>
    </message>
    <message>
        <source>interested in</source>
        <translation>interesado en</translation>
    </message>
    <message>
        <source>Usage: citybridge paths A B [--lang en|zh|es]</source>
        <translation>Uso: citybridge paths A B [--lang en|zh|es]</translation>
    </message>
    <message>
        <source>No chain of events, institutions or partnerships links %1 and %2.</source>
        <translation>Ninguna cadena de eventos, instituciones o alianzas vincula %1 y %2.</translation>
    </message>
    <message>
        <source>Introduction paths from %1 to %2</source>
        <translation>Caminos de presentación de %1 a %2</translation>
    </message>
    <message>
        <source>Actors that bridge most (betweenness centrality):</source>
        <translation>Actores que más tienden puentes (centralidad de intermediación):</translation>
    </message>
    <message>
        <source>Usage: citybridge show NAME [--lang en|zh|es]</source>
        <translation>Uso: citybridge show NOMBRE [--lang en|zh|es]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh or es.</source>
        <translation>Idioma desconocido «%1»: use en, zh o es.</translation>
    </message>
    <message>
        <source>Try: citybridge --help</source>
        <translation>Pruebe: citybridge --help</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try: citybridge --help</source>
        <translation>Comando desconocido «%1». Pruebe: citybridge --help</translation>
    </message>
    <message>
        <source>The command to run (list, show, match).</source>
        <translation>El comando que se ejecutará (list, show, match).</translation>
    </message>
    <message>
        <source>Work on FILE instead of the bundled sample workspace.</source>
        <translation>Trabajar con ARCHIVO en lugar del espacio de trabajo de ejemplo incluido.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Language of the output: en, zh or es (default: the system&apos;s).</source>
        <translation>Idioma de la salida: en, zh o es (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>Imprimir JSON en lugar de tablas.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>match: partners per city in the global proposals (default 1).</source>
        <translation>match: socios por ciudad en las propuestas globales (predeterminado: 1).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>match: how many pairs to explain (default 10).</source>
        <translation>match: cuántos pares se explican (predeterminado: 10).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>match: rank the partners of this city.</source>
        <translation>match: clasificar los socios de esta ciudad.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>match: only propose pairs from different countries (the default).</source>
        <translation>match: proponer solo pares de países distintos (predeterminado).</translation>
    </message>
    <message>
        <source>match: also propose pairs within one country.</source>
        <translation>match: proponer también pares dentro de un mismo país.</translation>
    </message>
    <message>
        <source>generate: number of cities.</source>
        <translation>generate: número de ciudades.</translation>
    </message>
    <message>
        <source>generate: random seed (default 1).</source>
        <translation>generate: semilla aleatoria (predeterminada: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of pixels from %2 to %3.</source>
        <translation>--%1 necesita un número entero de píxeles entre %2 y %3.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, e.g. 2021-01-31.</source>
        <translation>--%1 necesita una fecha con el formato AAAA-MM-DD, p. ej., 2021-01-31.</translation>
    </message>
    <message>
        <source>map needs --out FILE (.png or .svg).</source>
        <translation>map necesita --out ARCHIVO (.png o .svg).</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a .png or .svg file name.</source>
        <translation>No se puede saber el formato de %1: use un nombre de archivo .png o .svg.</translation>
    </message>
    <message>
        <source>--since must not be later than --as-of.</source>
        <translation>--since no puede ser posterior a --as-of.</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;: use one of %2.</source>
        <translation>Etapa desconocida «%1»: use una de estas: %2.</translation>
    </message>
    <message>
        <source>Nothing to draw: no city has evidence under these filters.</source>
        <translation>No hay nada que dibujar: ninguna ciudad tiene evidencia con estos filtros.</translation>
    </message>
    <message>
        <source>Map written to %1: %2</source>
        <translation>Mapa escrito en %1: %2</translation>
    </message>
    <message>
        <source>match, map: use only evidence dated up to DATE (YYYY-MM-DD).</source>
        <translation>match, map: usar solo la evidencia con fecha hasta FECHA (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>generate: the workspace file to write; map: the PNG or SVG file.</source>
        <translation>generate: el archivo de espacio de trabajo que se escribirá; map: el archivo PNG o SVG.</translation>
    </message>
    <message>
        <source>map: picture width in pixels (default 1600).</source>
        <translation>map: ancho de la imagen en píxeles (predeterminado: 1600).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PÍXELES</translation>
    </message>
    <message>
        <source>map: picture height in pixels (default 900).</source>
        <translation>map: alto de la imagen en píxeles (predeterminado: 900).</translation>
    </message>
    <message>
        <source>map: only evidence on this theme or cluster (key or name).</source>
        <translation>map: solo la evidencia sobre este tema o grupo temático (clave o nombre).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>map: only partnerships at this stage.</source>
        <translation>map: solo las alianzas en esta etapa.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <source>map: only this country or region (code or name).</source>
        <translation>map: solo este país o región (código o nombre).</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>LUGAR</translation>
    </message>
    <message>
        <source>map: only evidence dated from DATE (YYYY-MM-DD).</source>
        <translation>map: solo la evidencia con fecha desde FECHA (AAAA-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <source>%n city marker(s)</source>
        <translation>
            <numerusform>%n marcador de ciudad</numerusform>
            <numerusform>%n marcadores de ciudad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interest arrow(s)</source>
        <translation>
            <numerusform>%n flecha de interés</numerusform>
            <numerusform>%n flechas de interés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: citybridge export cities|institutions|interests|proposals|partnerships|network --format csv|xlsx|geojson|graphml --out FILE</source>
        <translation>Uso: citybridge export cities|institutions|interests|proposals|partnerships|network --format csv|xlsx|geojson|graphml --out ARCHIVO</translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;.</source>
        <translation>Exportación desconocida «%1».</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export necesita --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, geojson or graphml.</source>
        <translation>Formato desconocido «%1»: use csv, xlsx, geojson o graphml.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: give --format csv, xlsx, geojson or graphml.</source>
        <translation>No se puede deducir el formato de %1: indique --format csv, xlsx, geojson o graphml.</translation>
    </message>
    <message>
        <source>%1 cannot be exported as %2.</source>
        <translation>%1 no se puede exportar como %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n elemento a %1.</numerusform>
            <numerusform>Se exportaron %n elementos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>import: the column mapping (JSON) to use.</source>
        <translation>import: la correspondencia de columnas (JSON) que se usará.</translation>
    </message>
    <message>
        <source>import: save the mapping used (or suggested from the headers) to FILE.</source>
        <translation>import: guarda en FILE la correspondencia usada (o la sugerida a partir de los encabezados).</translation>
    </message>
    <message>
        <source>import: the sheet of a workbook to read (default 1).</source>
        <translation>import: la hoja del libro que se leerá (predeterminada: 1).</translation>
    </message>
    <message>
        <source>import: the text encoding of a CSV file (utf-8, gb18030, windows-1252, ...).</source>
        <translation>import: la codificación de texto de un archivo CSV (utf-8, gb18030, windows-1252, ...).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>CODIFICACIÓN</translation>
    </message>
    <message>
        <source>import: the delimiter of a CSV file (, ; or tab).</source>
        <translation>import: el delimitador de un archivo CSV (, ; o tab).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>import: print what would be added, write nothing.</source>
        <translation>import: muestra lo que se añadiría, sin escribir nada.</translation>
    </message>
    <message>
        <source>import: print the parsed rows, before any mapping (with --json: as JSON).</source>
        <translation>import: muestra las filas leídas, antes de cualquier correspondencia (con --json: en JSON).</translation>
    </message>
    <message>
        <source>import: &quot;skip&quot; leaves out rows whose names need confirming.</source>
        <translation>import: «skip» deja fuera las filas cuyos nombres hay que confirmar.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>import: leave out rows with problems instead of stopping.</source>
        <translation>import: deja fuera las filas con problemas en lugar de detenerse.</translation>
    </message>
    <message>
        <source>Usage: citybridge import FILE --mapping MAPPING.json [--workspace FILE] [--dry-run]</source>
        <translation>Uso: citybridge import FILE --mapping MAPPING.json [--workspace FILE] [--dry-run]</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Codificación desconocida: «%1».</translation>
    </message>
    <message>
        <source>The delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>El delimitador debe ser «,», «;» o «tab».</translation>
    </message>
    <message>
        <source>--sheet needs a sheet number from 1.</source>
        <translation>--sheet necesita un número de hoja a partir de 1.</translation>
    </message>
    <message>
        <source>An import writes to a workspace: give it with --workspace FILE. The bundled sample is never changed by an import (use --dry-run to see what would be added to it).</source>
        <translation>Una importación escribe en un espacio de trabajo: indíquelo con --workspace FILE. Una importación nunca modifica el ejemplo incluido (use --dry-run para ver lo que se le añadiría).</translation>
    </message>
    <message>
        <source>No --mapping given; the columns were mapped from their headers:</source>
        <translation>No se indicó --mapping; las columnas se asignaron según sus encabezados:</translation>
    </message>
    <message>
        <source>--accept-uncertain only accepts &quot;skip&quot;.</source>
        <translation>--accept-uncertain solo acepta «skip».</translation>
    </message>
    <message>
        <source>Names to confirm:</source>
        <translation>Nombres por confirmar:</translation>
    </message>
    <message>
        <source>%1 (rows %2): %3</source>
        <translation>%1 (filas %2): %3</translation>
    </message>
    <message>
        <source>Nothing was imported: confirm the names above in the mapping&apos;s &quot;choices&quot;, or pass --accept-uncertain skip.</source>
        <translation>No se importó nada: confirme los nombres anteriores en las «choices» de la correspondencia, o use --accept-uncertain skip.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or pass --skip-bad-rows.</source>
        <translation>No se importó nada: corrija las filas anteriores, o use --skip-bad-rows.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported %1 new cities or institutions, %2 priorities or offers and %3 interests.</source>
        <translation>Se importaron %1 ciudades o instituciones nuevas, %2 prioridades u ofertas y %3 intereses.</translation>
    </message>
    <message>
        <source>brief --all needs --out DIR.</source>
        <translation>brief --all necesita --out CARPETA.</translation>
    </message>
    <message>
        <source>brief needs --out FILE.</source>
        <translation>brief necesita --out ARCHIVO.</translation>
    </message>
    <message>
        <source>brief needs two names, e.g. citybridge brief &quot;Mexico City&quot; Luoyang --out brief.pdf, or --all.</source>
        <translation>brief necesita dos nombres, p. ej. citybridge brief &quot;Mexico City&quot; Luoyang --out brief.pdf, o --all.</translation>
    </message>
    <message>
        <source>brief --all takes no names.</source>
        <translation>brief --all no admite nombres.</translation>
    </message>
    <message>
        <source>Unknown brief format &quot;%1&quot;: use pdf, odt or html.</source>
        <translation>Formato de informe desconocido «%1»: use pdf, odt o html.</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;: use a4 or letter.</source>
        <translation>Tamaño de papel desconocido «%1»: use a4 o letter.</translation>
    </message>
    <message>
        <source>%1 and %2 are not a scored pair: they share no theme, interest or context.</source>
        <translation>%1 y %2 no forman un par puntuado: no comparten tema, interés ni contexto.</translation>
    </message>
    <message>
        <source>Brief written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>There are no proposals to write briefs for.</source>
        <translation>No hay propuestas para las que escribir informes.</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Error: %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 briefs written.</source>
        <translation>%1 de %2 informes escritos.</translation>
    </message>
    <message>
        <source>brief: PDF paper size, a4 or letter (default a4).</source>
        <translation>brief: tamaño de papel del PDF, a4 o letter (por defecto a4).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>brief: write the briefs of all current proposals into --out DIR.</source>
        <translation>brief: escribe los informes de todas las propuestas actuales en --out CARPETA.</translation>
    </message>
    <message>
        <source>brief: write the brief in both partners&apos; languages, one after the other.</source>
        <translation>brief: escribe el informe en los idiomas de ambos socios, uno tras otro.</translation>
    </message>
    <message>
        <source>brief: the name printed after &quot;Prepared by&quot; (default CityBridge).</source>
        <translation>brief: el nombre que figura tras «Preparado por» (por defecto CityBridge).</translation>
    </message>
    <message>
        <source>export: csv, xlsx, geojson or graphml; brief: pdf, odt or html (default: from the --out file name; pdf for brief --all).</source>
        <translation>export: csv, xlsx, geojson o graphml; brief: pdf, odt o html (por defecto: según el nombre de --out; pdf para brief --all).</translation>
    </message>
    <message>
        <source>Package from %1, exported by %2 on %3.</source>
        <translation>Paquete de %1, exportado por %2 el %3.</translation>
    </message>
    <message>
        <source>New (%1):</source>
        <translation>Nuevos (%1):</translation>
    </message>
    <message>
        <source>Already here: %1 (%2 recognised by name).</source>
        <translation>Ya presentes: %1 (%2 reconocidos por el nombre).</translation>
    </message>
    <message>
        <source>Conflicts (%1):</source>
        <translation>Conflictos (%1):</translation>
    </message>
    <message>
        <source>mine &quot;%1&quot;, theirs &quot;%2&quot;; keeping %3</source>
        <translation>mío «%1», del colega «%2»; se conserva %3</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>el del colega</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>el mío</translation>
    </message>
    <message>
        <source>Taken from the package (empty or behind here) (%1):</source>
        <translation>Tomados del paquete (vacíos o atrasados aquí) (%1):</translation>
    </message>
    <message>
        <source>Appended: %1 aliases, %2 priorities and offers, %3 interests, %4 memberships, %5 participations, %6 stage changes, %7 pair rules, %8 notes, %9 decision-log lines.</source>
        <translation>Añadidos: %1 alias, %2 prioridades y ofertas, %3 intereses, %4 membresías, %5 participaciones, %6 cambios de etapa, %7 reglas de pares, %8 notas, %9 líneas del registro de decisiones.</translation>
    </message>
    <message>
        <source>Usage: citybridge merge PACKAGE --workspace FILE [--dry-run] [--prefer mine|theirs] [--json]</source>
        <translation>Uso: citybridge merge PAQUETE --workspace ARCHIVO [--dry-run] [--prefer mine|theirs] [--json]</translation>
    </message>
    <message>
        <source>A merge writes to a workspace: give it with --workspace FILE. The bundled sample is never changed by a merge.</source>
        <translation>Una combinación escribe en un espacio de trabajo: indíquelo con --workspace ARCHIVO. Una combinación nunca modifica el espacio de trabajo de ejemplo incluido.</translation>
    </message>
    <message>
        <source>--prefer takes &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation>--prefer admite «mine» o «theirs».</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>No se combinó nada: %1</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Combinado en %1.</translation>
    </message>
    <message>
        <source>Nothing to merge: the workspace already holds everything in the package.</source>
        <translation>No hay nada que combinar: el espacio de trabajo ya contiene todo lo del paquete.</translation>
    </message>
    <message>
        <source>merge: which value to keep where both workspaces changed a field: mine (default) or theirs.</source>
        <translation>merge: qué valor conservar cuando ambos espacios de trabajo cambiaron un campo: mine (predeterminado) o theirs.</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>LADO</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>funcionario</translation>
    </message>
    <message>
        <source>Usage: citybridge package --out FILE.cbpkg [--workspace FILE]</source>
        <translation>Uso: citybridge package --out ARCHIVO.cbpkg [--workspace ARCHIVO]</translation>
    </message>
    <message>
        <source>Package written to %1. A colleague can open it, or merge it with: citybridge merge %2 --workspace THEIR_FILE</source>
        <translation>Paquete escrito en %1. Un colega puede abrirlo o combinarlo con: citybridge merge %2 --workspace SU_ARCHIVO</translation>
    </message>
    <message>
        <source>No backups of %1 yet (they are kept in %2).</source>
        <translation>Todavía no hay copias de seguridad de %1 (se guardan en %2).</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>restore: list the automatic backups of the workspace instead of restoring.</source>
        <translation>restore: lista las copias de seguridad automáticas del espacio de trabajo en lugar de restaurar.</translation>
    </message>
    <message>
        <source>Usage: citybridge restore --list --workspace FILE, or citybridge restore BACKUP --workspace FILE</source>
        <translation>Uso: citybridge restore --list --workspace FILE, o citybridge restore BACKUP --workspace FILE</translation>
    </message>
    <message>
        <source>A restore replaces a workspace: give it with --workspace FILE. The bundled sample is never replaced.</source>
        <translation>Una restauración reemplaza un espacio de trabajo: indíquelo con --workspace FILE. El ejemplo incluido nunca se reemplaza.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist. See: citybridge restore --list --workspace FILE</source>
        <translation>La copia de seguridad %1 no existe. Consulte: citybridge restore --list --workspace FILE</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>%1 se restauró a partir de %2.</translation>
    </message>
    <message>
        <source>The workspace as it was before is kept in %1; restore it to undo.</source>
        <translation>El espacio de trabajo tal como estaba se guarda en %1; restáurelo para deshacer el cambio.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Usage: citybridge migrate-to TARGET (--workspace FILE | --database URL) [--json]
TARGET is a new workspace file or an empty postgresql:// database.</source>
        <translation>Uso: citybridge migrate-to DESTINO (--workspace ARCHIVO | --database URL) [--json]
DESTINO es un archivo de espacio de trabajo nuevo o una base de datos postgresql:// vacía.</translation>
    </message>
    <message>
        <source>Name the workspace to copy with --workspace FILE or --database URL.</source>
        <translation>Indique el espacio de trabajo que se copia con --workspace ARCHIVO o --database URL.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>No se copió nada: %1</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 ms; every table was counted on both sides and matches.</source>
        <translation>Se copiaron %1 filas de %2 a %3 en %4 ms; se contaron las filas de cada tabla en ambos lados y coinciden.</translation>
    </message>
    <message>
        <source>A package is made from a workspace file. Copy the database into one first: citybridge migrate-to FILE --database URL</source>
        <translation>Un paquete se hace a partir de un archivo de espacio de trabajo. Copie antes la base de datos en uno: citybridge migrate-to ARCHIVO --database URL</translation>
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
        <translation>CityBridge propone, explica y sigue alianzas entre ciudades para la cooperación Sur-Sur.

Comandos:
  list cities|institutions|themes   lista las entradas del espacio de trabajo
  show NOMBRE                       todo lo que se sabe de una ciudad o institución, con fuentes
  match                             pares puntuados y propuestas globales, con explicaciones
  paths A B                         quién podría presentar A a B, y los actores que más tienden puentes
  generate --cities N --out ARCHIVO escribe un espacio de trabajo sintético (pruebas de rendimiento y de carga)
  map --out ARCHIVO                 dibuja el mapa de intereses en PNG o SVG (--theme, --country, ...)
  export QUÉ --format F --out ARCHIVO exporta ciudades, instituciones, intereses, propuestas,
                                    alianzas o la red como csv, xlsx, geojson o graphml
  import ARCHIVO --mapping M.json   añade una exportación de encuesta (CSV, XLSX, ODS) a un espacio de trabajo
  brief A B --out ARCHIVO           el informe de hermanamiento de dos ciudades en PDF, ODT o HTML
  brief --all --out CARPETA         informes de todas las propuestas actuales
  package --out ARCHIVO             una copia del espacio de trabajo para enviar a un colega
  merge PAQUETE --workspace W       fusiona el paquete de un colega (--dry-run muestra el plan)
  migrate-to DESTINO --workspace W  copia un espacio de trabajo en un archivo nuevo o una base de datos PostgreSQL vacía

Una base de datos de equipo en lugar de un archivo: --database postgresql://usuario@servidor:puerto/base

Sin comando, se abre la ventana.</translation>
    </message>
    <message>
        <source>Work on the team&apos;s PostgreSQL database at URL (postgresql://user@host:port/database; the password from PGPASSWORD, ~/.pgpass or asked).</source>
        <translation>Trabajar en la base de datos PostgreSQL del equipo en URL (postgresql://usuario@servidor:puerto/base; la contraseña de PGPASSWORD, ~/.pgpass o se pide).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>cb::cli::CliContext</name>
    <message>
        <source>The sample workspace could not be prepared: %1</source>
        <translation>No se pudo preparar el espacio de trabajo de ejemplo: %1</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: %2</source>
        <translation>No se pudo leer el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>No city or institution is called &quot;%1&quot;.</source>
        <translation>Ninguna ciudad o institución se llama «%1».</translation>
    </message>
    <message>
        <source>No city or institution is called &quot;%1&quot;. Did you mean: %2?</source>
        <translation>Ninguna ciudad o institución se llama «%1». ¿Quiso decir: %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several entries: %2. Use a more specific name.</source>
        <translation>«%1» coincide con varias entradas: %2. Use un nombre más específico.</translation>
    </message>
    <message>
        <source>Do not put the password into the database address: set PGPASSWORD, use ~/.pgpass, or type it when asked.</source>
        <translation>No ponga la contraseña en la dirección de la base de datos: defina PGPASSWORD, use ~/.pgpass o escríbala cuando se le pida.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>The database %1 already holds a workspace; nothing was changed.</source>
        <translation>La base de datos %1 ya contiene un espacio de trabajo; no se modificó nada.</translation>
    </message>
    <message>
        <source>Give either --workspace FILE or --database URL, not both.</source>
        <translation>Indique --workspace ARCHIVO o --database URL, no ambos.</translation>
    </message>
    <message>
        <source>--database takes a postgresql:// address; a workspace file is given with --workspace.</source>
        <translation>--database recibe una dirección postgresql://; un archivo de espacio de trabajo se indica con --workspace.</translation>
    </message>
</context>
<context>
    <name>cb::cli::ShowPrinter</name>
    <message>
        <source>[source: %1, %2]</source>
        <translation>[fuente: %1, %2]</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Región: %1</translation>
    </message>
    <message>
        <source>Population: %1 (%2)</source>
        <translation>Población: %1 (%2)</translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation>Población: %1</translation>
    </message>
    <message>
        <source>Area: %1 km²</source>
        <translation>Superficie: %1 km²</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>Coordinates: %1, %2</source>
        <translation>Coordenadas: %1, %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation>Sectores clave</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Lengua local</translation>
    </message>
    <message>
        <source> — %1 of %2 survey respondents</source>
        <translation> — %1 de %2 personas encuestadas</translation>
    </message>
    <message>
        <source>%1 of %2 survey respondents</source>
        <translation>%1 de %2 personas encuestadas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
</context>
<context>
    <name>cb::safefile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The file name “%1” would leave the folder %2.</source>
        <translation>El nombre de archivo «%1» saldría de la carpeta %2.</translation>
    </message>
</context>
<context>
    <name>cb::sql</name>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>El disco está lleno; el cambio no se guardó.</translation>
    </message>
    <message>
        <source>The workspace file could not be written (a disk or file system error); the change was not saved.</source>
        <translation>No se pudo escribir el archivo del espacio de trabajo (error del disco o del sistema de archivos); el cambio no se guardó.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written: it is read-only.</source>
        <translation>No se puede escribir el archivo del espacio de trabajo: es de solo lectura.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace; try again in a moment.</source>
        <translation>Otro programa está escribiendo en el espacio de trabajo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The workspace file is damaged; restore it from a backup.</source>
        <translation>El archivo del espacio de trabajo está dañado; restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>cb::ui::AboutText</name>
    <message>
        <source>About CityBridge</source>
        <translation>Acerca de CityBridge</translation>
    </message>
    <message>
        <source>Proposes, explains and tracks city-to-city partnerships for South-South and triangular cooperation.</source>
        <translation>Propone, explica y sigue alianzas entre ciudades para la cooperación Sur-Sur y triangular.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>City names, coordinates and populations: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.</source>
        <translation>Nombres, coordenadas y población de las ciudades: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, bajo licencia &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>World map outlines: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, public domain.</source>
        <translation>Contornos del mapa mundial: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, dominio público.</translation>
    </message>
    <message>
        <source>Country names in English, Chinese and Spanish: Debian &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 or later).</source>
        <translation>Nombres de países en inglés, chino y español: Debian &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 o posterior).</translation>
    </message>
    <message>
        <source>Facts of the sample workspace (priorities, offers, interests, events, partnerships): published documents of the United Nations Office for South-South Cooperation (UNOSSC), cited as the source of each fact.</source>
        <translation>Datos del espacio de trabajo de ejemplo (prioridades, ofertas, intereses, eventos, alianzas): documentos publicados por la Oficina de las Naciones Unidas para la Cooperación Sur-Sur (UNOSSC), citados como fuente de cada dato.</translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorBrowser</name>
    <message>
        <source>Search names and aliases…</source>
        <translation>Buscar nombres y alias…</translation>
    </message>
    <message>
        <source>Matches any name or alias in any language or script, ignoring case and accents: 洛陽, luo yang, CDMX and Queretaro all work</source>
        <translation>Coincide con cualquier nombre o alias en cualquier idioma o escritura, sin distinguir mayúsculas ni tildes: 洛陽, luo yang, CDMX y Queretaro funcionan</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Todos los actores</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Show cities, institutions or both</source>
        <translation>Mostrar ciudades, instituciones o ambas</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s) shown</source>
        <translation>
            <numerusform>Se muestran %1 de %n actor</numerusform>
            <numerusform>Se muestran %1 de %n actores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorDetailHtml</name>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <comment>south</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <comment>east</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <comment>west</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation>%1° %2</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Survey respondents</source>
        <translation>Personas encuestadas</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>parte de %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Lengua local</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>GeoNames id</source>
        <translation>Id. de GeoNames</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <source>Key sectors</source>
        <translation>Sectores clave</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 respondents)</source>
        <translation>%1 (%2 de %3 personas encuestadas)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Any actor in %1</source>
        <translation>Cualquier actor de %1</translation>
    </message>
    <message>
        <source>Interests expressed</source>
        <translation>Intereses expresados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Interests received</source>
        <translation>Intereses recibidos</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Ciudades miembro</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorDetailPanel</name>
    <message>
        <source>Select a city or an institution in the list to see what is known about it.</source>
        <translation>Seleccione una ciudad o una institución en la lista para ver lo que se sabe de ella.</translation>
    </message>
    <message>
        <source>Open a workspace to see its cities and institutions.</source>
        <translation>Abra un espacio de trabajo para ver sus ciudades e instituciones.</translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorForm</name>
    <message>
        <source>Saved as a separate entry when you press Save.</source>
        <translation>Se guardará como una entrada aparte cuando pulse Guardar.</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>Nombre en inglés:</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>Nombre en chino:</translation>
    </message>
    <message>
        <source>Spanish name:</source>
        <translation>Nombre en español:</translation>
    </message>
    <message>
        <source>Native name:</source>
        <translation>Nombre local:</translation>
    </message>
    <message>
        <source>Other names (one per line):</source>
        <translation>Otros nombres (uno por línea):</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitud:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Población:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Province or state:</source>
        <translation>Provincia o estado:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Abbreviation:</source>
        <translation>Sigla:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Find the city in the gazetteer to fill in its names, coordinates, population and time zone:</source>
        <translation>Busque la ciudad en el nomenclátor para rellenar sus nombres, coordenadas, población y zona horaria:</translation>
    </message>
    <message>
        <source>Open the existing entry</source>
        <translation>Abrir la entrada existente</translation>
    </message>
    <message>
        <source>It is a different place</source>
        <translation>Es otro lugar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove this entry with its priorities, offers, interests and participations (Undo brings it back)</source>
        <translation>Eliminar esta entrada con sus prioridades, ofertas, intereses y participaciones (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. %1</source>
        <translation>de -90 a 90, p. ej., %1</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. %1</source>
        <translation>de -180 a 180, p. ej., %1</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>Nueva ciudad</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Ciudad: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institución: %1</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <source>Enter the latitude as a number of degrees, e.g. 34.68.</source>
        <translation>Introduzca la latitud en grados, p. ej., 34,68.</translation>
    </message>
    <message>
        <source>Enter the longitude as a number of degrees, e.g. 112.45.</source>
        <translation>Introduzca la longitud en grados, p. ej., 112,45.</translation>
    </message>
    <message>
        <source>Enter the population as a whole number.</source>
        <translation>Introduzca la población como número entero.</translation>
    </message>
    <message>
        <source>Filled in from GeoNames: check the names, then press Save.</source>
        <translation>Datos rellenados desde GeoNames: revise los nombres y pulse Guardar.</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in this workspace. Open it instead of adding it again?</source>
        <translation>«%1» (%2) ya está en este espacio de trabajo. ¿Desea abrirla en lugar de añadirla de nuevo?</translation>
    </message>
    <message>
        <source>“%1” is already in this workspace. Open it instead of adding it again?</source>
        <translation>«%1» ya está en este espacio de trabajo. ¿Desea abrirla en lugar de añadirla de nuevo?</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No se guardó: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Add city %1</source>
        <translation>Añadir la ciudad %1</translation>
    </message>
    <message>
        <source>Add institution %1</source>
        <translation>Añadir la institución %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>Guardado. Deshacer (Ctrl+Z) lo revierte.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
    <message>
        <source>%1 was removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se eliminó %1. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>This entry is no longer in the workspace; Save adds it again.</source>
        <translation>Esta entrada ya no está en el espacio de trabajo; Guardar la añade de nuevo.</translation>
    </message>
    <message>
        <source>Profile, heritage and key sectors in each language</source>
        <translation>Perfil, patrimonio y sectores clave en cada idioma</translation>
    </message>
    <message>
        <source>This is the stored version now. Make your change again and save.</source>
        <translation>Ahora se muestra la versión guardada. Haga de nuevo su cambio y guarde.</translation>
    </message>
</context>
<context>
    <name>cb::ui::ActorListModel</name>
    <message>
        <source>Population unknown</source>
        <translation>Población desconocida</translation>
    </message>
    <message>
        <source>Population %1 (%2)</source>
        <translation>Población: %1 (%2)</translation>
    </message>
    <message>
        <source>Population %1</source>
        <translation>Población: %1</translation>
    </message>
    <message>
        <source>%1 expressed, %2 received</source>
        <translation>%1 expresados, %2 recibidos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Priorities</source>
        <comment>column header</comment>
        <translation>Prioridades</translation>
    </message>
    <message>
        <source>Offers</source>
        <comment>column header</comment>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Interests</source>
        <comment>column header</comment>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>column header</comment>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Themes the actor wants to develop, including its survey groups&apos; answers</source>
        <translation>Temas que el actor quiere desarrollar, incluidas las respuestas de sus grupos encuestados</translation>
    </message>
    <message>
        <source>Themes the actor can share, including its survey groups&apos; answers</source>
        <translation>Temas que el actor puede compartir, incluidas las respuestas de sus grupos encuestados</translation>
    </message>
    <message>
        <source>Interests in cooperation expressed by the actor and received from others</source>
        <translation>Intereses de cooperación expresados por el actor y recibidos de otros</translation>
    </message>
    <message>
        <source>Webinars, meetings and forums the actor took part in</source>
        <translation>Seminarios web, reuniones y foros en los que participó el actor</translation>
    </message>
</context>
<context>
    <name>cb::ui::BriefBatchDialog</name>
    <message>
        <source>Briefs for All Proposals</source>
        <translation>Informes de todas las propuestas</translation>
    </message>
    <message>
        <source>Bilingual (the partners&apos; languages)</source>
        <translation>Bilingüe (los idiomas de los socios)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>ODT (LibreOffice, Word)</source>
        <translation>ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>&amp;Write Briefs</source>
        <translation>&amp;Escribir los informes</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) will get a brief.</source>
        <translation>
            <numerusform>%n propuesta tendrá su informe.</numerusform>
            <numerusform>%n propuestas tendrán su informe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Briefs</source>
        <translation>Carpeta para los informes</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n brief(s).</source>
        <translation>
            <numerusform>Cancelado tras %n informe.</numerusform>
            <numerusform>Cancelado tras %n informes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brief(s) written; the files below could not be written.</source>
        <translation>
            <numerusform>%n informe escrito; los archivos siguientes no se pudieron escribir.</numerusform>
            <numerusform>%n informes escritos; los archivos siguientes no se pudieron escribir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brief(s) written to %1.</source>
        <translation>
            <numerusform>%n informe escrito en %1.</numerusform>
            <numerusform>%n informes escritos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::BriefPreview</name>
    <message>
        <source>Brief language:</source>
        <translation>Idioma del informe:</translation>
    </message>
    <message>
        <source>Both partners&apos; languages</source>
        <translation>Idiomas de ambos socios</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (Letter)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Select a proposal to preview its pairing brief.</source>
        <translation>Seleccione una propuesta para ver su informe de hermanamiento.</translation>
    </message>
    <message>
        <source>There is no brief to save: select a proposal first.</source>
        <translation>No hay ningún informe que guardar: seleccione primero una propuesta.</translation>
    </message>
    <message>
        <source>Save Brief</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::CityInterestMatrixModel</name>
    <message numerus="yes">
        <source>%1 → %2: %n voice(s)</source>
        <translation>
            <numerusform>%1 → %2: %n voz</numerusform>
            <numerusform>%1 → %2: %n voces</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>cb::ui::CityThemeMatrixModel</name>
    <message>
        <source>P %1 · O %2</source>
        <translation>P %1 · O %2</translation>
    </message>
    <message>
        <source>%1 – %2
Priority: %3
Offer: %4</source>
        <translation>%1 – %2
Prioridad: %3
Oferta: %4</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
</context>
<context>
    <name>cb::ui::ConflictBar</name>
    <message>
        <source>The workspace could not be read again: %1</source>
        <translation>No se pudo volver a leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Someone else saved this record first. Your change was not saved.</source>
        <translation>Otra persona guardó este registro antes. Su cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>Show the Stored Version</source>
        <translation>Mostrar la versión guardada</translation>
    </message>
    <message>
        <source>Read the workspace again; your change is listed above so that you can make it again</source>
        <translation>Vuelve a leer el espacio de trabajo; su cambio figura arriba para que pueda repetirlo</translation>
    </message>
</context>
<context>
    <name>cb::ui::ConnectionDialog</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>No se pudo iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (PostgreSQL %3). Connect opens its workspace.</source>
        <translation>Sesión iniciada en %1 como %2 (PostgreSQL %3). «Conectar» abre su espacio de trabajo.</translation>
    </message>
    <message>
        <source>Could not open the workspace in %1: %2</source>
        <translation>No se pudo abrir el espacio de trabajo de %1: %2</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Conectar con la base de datos del equipo</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared workspace in a PostgreSQL database. Log in with your own role: the decision log records it with everything you change.</source>
        <translation>Trabaje en el espacio de trabajo compartido de su equipo en una base de datos PostgreSQL. Inicie sesión con su propio rol: el registro de decisiones lo anota junto a cada cambio que haga.</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recientes:</translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation>(elija una conexión reciente)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ej., db.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Su &amp;rol:</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>su nombre de usuario de PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Modo &amp;SSL:</translation>
    </message>
    <message>
        <source>Prefer encryption (default)</source>
        <translation>Preferir cifrado (predeterminado)</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Exigir cifrado</translation>
    </message>
    <message>
        <source>Require encryption, verify the certificate</source>
        <translation>Exigir cifrado y verificar el certificado</translation>
    </message>
    <message>
        <source>Require encryption, verify the certificate and host name</source>
        <translation>Exigir cifrado y verificar el certificado y el nombre del servidor</translation>
    </message>
    <message>
        <source>Allow encryption</source>
        <translation>Permitir cifrado</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Sin cifrado</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation>Recordar la contraseña en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
</context>
<context>
    <name>cb::ui::DecisionLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Took back: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Rule cleared: %1</source>
        <translation>Regla quitada: %1</translation>
    </message>
    <message>
        <source>The pair already had an open partnership</source>
        <translation>El par ya tenía una alianza abierta</translation>
    </message>
</context>
<context>
    <name>cb::ui::DecisionLogPage</name>
    <message>
        <source>The decision log could not be read: %1</source>
        <translation>No se pudo leer el registro de decisiones: %1</translation>
    </message>
    <message>
        <source>Search who, decision, pair, reason…</source>
        <translation>Buscar quién, decisión, par, motivo…</translation>
    </message>
    <message>
        <source>Matches the officer, the decision, either partner&apos;s name in any language, the reason and the details</source>
        <translation>Coincide con el funcionario, la decisión, el nombre de cualquiera de los socios en cualquier idioma, el motivo y los detalles</translation>
    </message>
    <message>
        <source>&amp;All pairs</source>
        <translation>&amp;Todos los pares</translation>
    </message>
    <message>
        <source>Show the decisions on every pair, not only on the current pair</source>
        <translation>Mostrar las decisiones sobre todos los pares, no solo sobre el par actual</translation>
    </message>
    <message>
        <source>Select a decision to see who took it, when, why and the score at the time.</source>
        <translation>Seleccione una decisión para ver quién la tomó, cuándo, por qué y la puntuación en ese momento.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 por %2 el %3</translation>
    </message>
    <message>
        <source>an unknown officer</source>
        <translation>un funcionario desconocido</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <source>Score when the decision was taken</source>
        <translation>Puntuación en el momento de la decisión</translation>
    </message>
    <message>
        <source>Decisions on every pair</source>
        <translation>Decisiones sobre todos los pares</translation>
    </message>
    <message>
        <source>No pair is selected: decisions on every pair</source>
        <translation>No hay ningún par seleccionado: decisiones sobre todos los pares</translation>
    </message>
    <message>
        <source>Decisions on %1 – %2</source>
        <translation>Decisiones sobre %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decisión</numerusform>
            <numerusform>%n decisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decision(s) shown</source>
        <translation>
            <numerusform>%1 de %n decisión mostrada</numerusform>
            <numerusform>%1 de %n decisiones mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::DomainLabels</name>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactada</translation>
    </message>
    <message>
        <source>Exploratory exchange</source>
        <translation>Intercambio exploratorio</translation>
    </message>
    <message>
        <source>Friendship MoU</source>
        <translation>Memorando de amistad</translation>
    </message>
    <message>
        <source>Pilot project</source>
        <translation>Proyecto piloto</translation>
    </message>
    <message>
        <source>Formal agreement</source>
        <translation>Acuerdo formal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Seminario web</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donación</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Organismo de la ONU</translation>
    </message>
    <message>
        <source>City association</source>
        <translation>Asociación de ciudades</translation>
    </message>
    <message>
        <source>Training institute</source>
        <translation>Instituto de capacitación</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>Business council</source>
        <translation>Consejo empresarial</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Ciudad sede</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Habla en nombre de</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <source>Rule cleared</source>
        <translation>Regla quitada</translation>
    </message>
    <message>
        <source>Stage moved</source>
        <translation>Cambio de etapa</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionada</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Detalles editados</translation>
    </message>
    <message>
        <source>Shared priorities</source>
        <translation>Prioridades compartidas</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>Complementariedad</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>Interés expresado</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>Contexto compartido</translation>
    </message>
</context>
<context>
    <name>cb::ui::EditActions</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Add &amp;City…</source>
        <translation>Añadir &amp;ciudad…</translation>
    </message>
    <message>
        <source>Add &amp;Institution…</source>
        <translation>Añadir &amp;institución…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected</source>
        <translation>&amp;Editar selección</translation>
    </message>
    <message>
        <source>&amp;Priorities and Offers</source>
        <translation>&amp;Prioridades y ofertas</translation>
    </message>
    <message>
        <source>I&amp;nterests</source>
        <translation>I&amp;ntereses</translation>
    </message>
    <message>
        <source>Add E&amp;vent…</source>
        <translation>Añadir e&amp;vento…</translation>
    </message>
    <message>
        <source>Edit the city or institution selected in the list</source>
        <translation>Editar la ciudad o institución seleccionada en la lista</translation>
    </message>
    <message>
        <source>Edit what the selected city or institution needs and offers</source>
        <translation>Editar lo que la ciudad o institución seleccionada necesita y ofrece</translation>
    </message>
</context>
<context>
    <name>cb::ui::EditorPanel</name>
    <message>
        <source>Choose what to add or edit from the Edit menu or an actor&apos;s context menu.</source>
        <translation>Elija qué añadir o editar en el menú Edición o en el menú contextual de un actor.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
</context>
<context>
    <name>cb::ui::EventForm</name>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>Título en inglés:</translation>
    </message>
    <message>
        <source>Chinese title:</source>
        <translation>Título en chino:</translation>
    </message>
    <message>
        <source>Spanish title:</source>
        <translation>Título en español:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Último día:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Speaking person:</source>
        <translation>Persona que habló:</translation>
    </message>
    <message>
        <source>Their position:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Evento: %1</translation>
    </message>
    <message>
        <source>Find an event to edit…</source>
        <translation>Buscar un evento para editar…</translation>
    </message>
    <message>
        <source>several days, until</source>
        <translation>varios días, hasta el</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>This event is no longer in the workspace; Save adds it again.</source>
        <translation>Este evento ya no está en el espacio de trabajo; Guardar lo añade de nuevo.</translation>
    </message>
    <message>
        <source>%1 is already listed in this role.</source>
        <translation>%1 ya figura con esta función.</translation>
    </message>
    <message>
        <source>Added to the list; press Save to keep it.</source>
        <translation>Añadido a la lista; pulse Guardar para conservarlo.</translation>
    </message>
    <message>
        <source>Removed from the list; press Save to keep the change.</source>
        <translation>Quitado de la lista; pulse Guardar para conservar el cambio.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No se guardó: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Añadir el evento %1</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Editar el evento %1</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>Guardado. Deshacer (Ctrl+Z) lo revierte.</translation>
    </message>
    <message>
        <source>Remove event %1</source>
        <translation>Eliminar el evento %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
    <message>
        <source>%1 was removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se eliminó %1. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
</context>
<context>
    <name>cb::ui::ExchangeActions</name>
    <message>
        <source>Export &amp;Package…</source>
        <translation>Exportar &amp;paquete…</translation>
    </message>
    <message>
        <source>Write a copy of this workspace that a colleague can open or merge</source>
        <translation>Escribir una copia de este espacio de trabajo que un colega pueda abrir o fusionar</translation>
    </message>
    <message>
        <source>&amp;Merge Package…</source>
        <translation>&amp;Fusionar paquete…</translation>
    </message>
    <message>
        <source>Take a colleague&apos;s package into this workspace, choosing where you differ</source>
        <translation>Incorporar el paquete de un colega a este espacio de trabajo, eligiendo dónde difieren</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>CityBridge packages (*.cbpkg)</source>
        <translation>Paquetes de CityBridge (*.cbpkg)</translation>
    </message>
    <message>
        <source>Cannot export the package</source>
        <translation>No se puede exportar el paquete</translation>
    </message>
    <message>
        <source>Package written to %1.</source>
        <translation>Paquete escrito en %1.</translation>
    </message>
    <message>
        <source>Merge Package</source>
        <translation>Fusionar paquete</translation>
    </message>
    <message>
        <source>CityBridge workspaces (*.citybridge)</source>
        <translation>Espacios de trabajo de CityBridge (*.citybridge)</translation>
    </message>
    <message>
        <source>Package merged; Undo takes it back.</source>
        <translation>Paquete fusionado; Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>cb::ui::ExportActions</name>
    <message>
        <source>&amp;Cities…</source>
        <translation>&amp;Ciudades…</translation>
    </message>
    <message>
        <source>&amp;Institutions…</source>
        <translation>&amp;Instituciones…</translation>
    </message>
    <message>
        <source>I&amp;nterests…</source>
        <translation>I&amp;ntereses…</translation>
    </message>
    <message>
        <source>&amp;Proposals…</source>
        <translation>&amp;Propuestas…</translation>
    </message>
    <message>
        <source>P&amp;artnerships…</source>
        <translation>&amp;Alianzas…</translation>
    </message>
    <message>
        <source>&amp;Network (GeoJSON, GraphML)…</source>
        <translation>&amp;Red (GeoJSON, GraphML)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON for QGIS (*.geojson)</source>
        <translation>GeoJSON para QGIS (*.geojson)</translation>
    </message>
    <message>
        <source>GraphML network (*.graphml)</source>
        <translation>Red GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>This list cannot be written in that format.</source>
        <translation>Esta lista no se puede exportar en ese formato.</translation>
    </message>
    <message>
        <source>The proposals are still being worked out; try again in a moment.</source>
        <translation>Las propuestas aún se están calculando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n elemento a %1.</numerusform>
            <numerusform>Se exportaron %n elementos a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::ExportSizeDialog</name>
    <message>
        <source>Export picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
</context>
<context>
    <name>cb::ui::GazetteerLookup</name>
    <message>
        <source>Type a city name in English, Chinese or Spanish…</source>
        <translation>Escriba el nombre de una ciudad en inglés, chino o español…</translation>
    </message>
    <message>
        <source>Look the city up in the bundled GeoNames gazetteer (cities over 15,000 inhabitants)</source>
        <translation>Buscar la ciudad en el nomenclátor GeoNames incluido (ciudades de más de 15.000 habitantes)</translation>
    </message>
</context>
<context>
    <name>cb::ui::GazetteerModel</name>
    <message>
        <source>%1 — %2, %3 · %4 inhabitants</source>
        <translation>%1 — %2, %3 · %4 habitantes</translation>
    </message>
</context>
<context>
    <name>cb::ui::ImportWizard</name>
    <message>
        <source>Import a Survey</source>
        <translation>Importar una encuesta</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>Archivo de la encuesta</translation>
    </message>
    <message>
        <source>A CSV, Excel (XLSX) or OpenDocument (ODS) export of the survey answers, one row per answer.</source>
        <translation>Una exportación CSV, Excel (XLSX) u OpenDocument (ODS) de las respuestas de la encuesta, una fila por respuesta.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation>C&amp;odificación (CSV):</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>&amp;Delimiter (CSV):</source>
        <translation>&amp;Separador (CSV):</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>Primera hoja</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;Use a Saved Mapping…</source>
        <translation>&amp;Usar una correspondencia guardada…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>What each column holds. The suggestions come from the headers; a theme column counts a &quot;yes&quot;, &quot;x&quot; or a score as an answer.</source>
        <translation>Qué contiene cada columna. Las sugerencias proceden de los encabezados; en una columna de tema, «sí», «x» o una puntuación cuentan como respuesta.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Guardar la correspondencia…</translation>
    </message>
    <message>
        <source>Keep this mapping for the next survey of the same form.</source>
        <translation>Conservar esta correspondencia para la próxima encuesta del mismo formulario.</translation>
    </message>
    <message>
        <source>Names to confirm</source>
        <translation>Nombres por confirmar</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Lo que se importará</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds everything below in one step, which Undo takes back.</source>
        <translation>Todavía no se ha escrito nada. Importar añade todo lo siguiente en un solo paso, que Deshacer revierte.</translation>
    </message>
    <message>
        <source>Choose a Survey File</source>
        <translation>Elegir un archivo de encuesta</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.xlsx *.ods)</source>
        <translation>Exportaciones de encuestas (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>El archivo no contiene filas.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, header included.</source>
        <translation>
            <numerusform>%n fila leída, encabezado incluido.</numerusform>
            <numerusform>%n filas leídas, encabezado incluido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a Saved Mapping</source>
        <translation>Usar una correspondencia guardada</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondencias (*.json)</translation>
    </message>
    <message>
        <source>The mapping %1 will be used.</source>
        <translation>Se usará la correspondencia %1.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar la correspondencia</translation>
    </message>
    <message>
        <source>Choose the column that names the responding city or institution.</source>
        <translation>Elija la columna que nombra a la ciudad o institución que responde.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Theme names in the cells</source>
        <translation>Nombres de temas en las celdas</translation>
    </message>
    <message>
        <source>Every city and institution in the file was recognised.</source>
        <translation>Se reconocieron todas las ciudades e instituciones del archivo.</translation>
    </message>
    <message>
        <source>These names match several entries, or none. Say what each stands for; rows whose names stay unconfirmed are left out.</source>
        <translation>Estos nombres coinciden con varias entradas o con ninguna. Indique a qué corresponde cada uno; las filas con nombres sin confirmar se omiten.</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Omitir estas filas</translation>
    </message>
    <message>
        <source>Add as a new city or institution</source>
        <translation>Añadir como nueva ciudad o institución</translation>
    </message>
    <message>
        <source>Row %1 — new: %2</source>
        <translation>Fila %1 — nuevo: %2</translation>
    </message>
    <message>
        <source>Row %1 — %2 has the priority %3</source>
        <translation>Fila %1 — %2 tiene la prioridad %3</translation>
    </message>
    <message>
        <source>Row %1 — %2 offers %3</source>
        <translation>Fila %1 — %2 ofrece %3</translation>
    </message>
    <message>
        <source>Row %1 — %2 wants to work with %3</source>
        <translation>Fila %1 — %2 quiere trabajar con %3</translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestMapPage</name>
    <message>
        <source>Themes by city</source>
        <translation>Temas por ciudad</translation>
    </message>
    <message>
        <source>Interests between cities</source>
        <translation>Intereses entre ciudades</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Fit to selection</source>
        <translation>Ajustar a la selección</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the current tab as a PNG or SVG picture with title, legend and sources</source>
        <translation>Guardar la pestaña actual como imagen PNG o SVG con título, leyenda y fuentes</translation>
    </message>
    <message>
        <source>Left half: priority (orange); right half: offer (green). Darker is stronger.</source>
        <translation>Mitad izquierda: prioridad (naranja); mitad derecha: oferta (verde). Cuanto más oscuro, más fuerte.</translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestTableModel</name>
    <message>
        <source>any partner in %1</source>
        <translation>cualquier socio en %1</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Interés en</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>cb::ui::InterestsEditor</name>
    <message>
        <source>Interested in:</source>
        <translation>Interés en:</translation>
    </message>
    <message>
        <source>Strength (0–1):</source>
        <translation>Intensidad (0–1):</translation>
    </message>
    <message>
        <source>On themes:</source>
        <translation>Sobre los temas:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Lo que se dijo:</translation>
    </message>
    <message>
        <source>Interests of %1</source>
        <translation>Intereses de %1</translation>
    </message>
    <message>
        <source>a partner:</source>
        <translation>un socio:</translation>
    </message>
    <message>
        <source>any partner in:</source>
        <translation>cualquier socio en:</translation>
    </message>
    <message>
        <source>New interest</source>
        <translation>Nuevo interés</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>e.g. wants to learn from its heritage tourism</source>
        <translation>p. ej., quiere aprender de su turismo patrimonial</translation>
    </message>
    <message>
        <source>Selected interest</source>
        <translation>Interés seleccionado</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No se guardó: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Interest of %1 in %2</source>
        <translation>Interés de %1 en %2</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>Guardado. Deshacer (Ctrl+Z) lo revierte.</translation>
    </message>
    <message>
        <source>Remove interest</source>
        <translation>Eliminar interés</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
    <message>
        <source>Removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
</context>
<context>
    <name>cb::ui::LocalizedTextsEditor</name>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Heritage:</source>
        <translation>Patrimonio:</translation>
    </message>
    <message>
        <source>Key sectors:</source>
        <translation>Sectores clave:</translation>
    </message>
    <message>
        <source>A paragraph about the place: its size, economy and what it is known for</source>
        <translation>Un párrafo sobre el lugar: su tamaño, su economía y por qué es conocido</translation>
    </message>
    <message>
        <source>World Heritage sites, intangible heritage, historic districts</source>
        <translation>Sitios del Patrimonio Mundial, patrimonio inmaterial, centros históricos</translation>
    </message>
    <message>
        <source>The main economic sectors, e.g. tourism, logistics, agriculture</source>
        <translation>Los principales sectores económicos, p. ej., turismo, logística, agricultura</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>heritage</source>
        <translation>patrimonio</translation>
    </message>
    <message>
        <source>key sectors</source>
        <translation>sectores clave</translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation>%1 — falta</translation>
    </message>
    <message>
        <source>Not yet written in Chinese: %1.</source>
        <translation>Aún sin redactar en chino: %1.</translation>
    </message>
    <message>
        <source>Not yet written in Spanish: %1.</source>
        <translation>Aún sin redactar en español: %1.</translation>
    </message>
    <message>
        <source>Not yet written in English: %1.</source>
        <translation>Aún sin redactar en inglés: %1.</translation>
    </message>
</context>
<context>
    <name>cb::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>&amp;Guardar espacio de trabajo como…</translation>
    </message>
    <message>
        <source>Copy the workspace to another file and continue there</source>
        <translation>Copiar el espacio de trabajo a otro archivo y continuar allí</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About CityBridge</source>
        <translation>&amp;Acerca de CityBridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer «%1»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar desde copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Replace the workspace with one of its automatic backups</source>
        <translation>Reemplazar el espacio de trabajo por una de sus copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the workspace again, with the changes other windows or programs saved</source>
        <translation>Volver a leer el espacio de trabajo, con los cambios que guardaron otras ventanas o programas</translation>
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation>No se puede guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working on the copy.</source>
        <translation>Se guardó una copia como %1; ahora está trabajando en la copia.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n actor(s)</source>
        <translation>
            <numerusform>Se abrió %1: %n actor</numerusform>
            <numerusform>Se abrió %1: %n actores</numerusform>
        </translation>
    </message>
    <message>
        <source>Cities and Institutions</source>
        <translation>Ciudades e instituciones</translation>
    </message>
    <message>
        <source>%1 — CityBridge</source>
        <translation>%1 — CityBridge</translation>
    </message>
    <message>
        <source>CityBridge</source>
        <translation>CityBridge</translation>
    </message>
    <message>
        <source>CityBridge workspaces (*.%1)</source>
        <translation>Espacios de trabajo de CityBridge (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The workspace could not be written</source>
        <translation>No se pudo escribir en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Proceso de alianzas</translation>
    </message>
    <message>
        <source>Decision Log</source>
        <translation>Registro de decisiones</translation>
    </message>
    <message>
        <source>Interest Map</source>
        <translation>Mapa de intereses</translation>
    </message>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>&amp;Importar encuesta…</translation>
    </message>
    <message>
        <source>Survey imported: %1</source>
        <translation>Encuesta importada: %1</translation>
    </message>
    <message>
        <source>The proposals are still being worked out; try again in a moment.</source>
        <translation>Las propuestas aún se están calculando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>&amp;Briefs for All Proposals…</source>
        <translation>&amp;Informes de todas las propuestas…</translation>
    </message>
    <message>
        <source>Pairing Brief</source>
        <translation>Informe de hermanamiento</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Conectar con la base de datos del &amp;equipo…</translation>
    </message>
    <message>
        <source>Open the team&apos;s shared workspace in a PostgreSQL database</source>
        <translation>Abrir el espacio de trabajo compartido del equipo en una base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>%1 — Team Database — CityBridge</source>
        <translation>%1 — Base de datos del equipo — CityBridge</translation>
    </message>
    <message>
        <source>The workspace could not be read</source>
        <translation>No se pudo leer el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>cb::ui::MapFilterBar</name>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Only evidence dated on or after this day</source>
        <translation>Solo la evidencia con fecha de este día o posterior</translation>
    </message>
    <message>
        <source>Only evidence dated up to this day: the map as it stood then</source>
        <translation>Solo la evidencia con fecha hasta este día: el mapa tal como estaba entonces</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Mostrar todo de nuevo</translation>
    </message>
</context>
<context>
    <name>cb::ui::MapPanel</name>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Directed interests: arrows point at the city that is wanted as a partner</source>
        <translation>Intereses dirigidos: las flechas apuntan a la ciudad deseada como socia</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Pairings proposed by the matcher (dashed)</source>
        <translation>Emparejamientos propuestos por el motor de emparejamiento (discontinuos)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>Partnerships in the pipeline, coloured by stage</source>
        <translation>Alianzas en curso, coloreadas por etapa</translation>
    </message>
    <message>
        <source>Twin towns</source>
        <translation>Ciudades hermanadas</translation>
    </message>
    <message>
        <source>Existing twin-town links (thinned out when zoomed out)</source>
        <translation>Hermanamientos existentes (se reducen al alejar el zoom)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Fit to selection</source>
        <translation>Ajustar a la selección</translation>
    </message>
    <message>
        <source>Frame the selected city and its partners, or all cities</source>
        <translation>Encuadrar la ciudad seleccionada y sus socios, o todas las ciudades</translation>
    </message>
</context>
<context>
    <name>cb::ui::MapView</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Fit to selection (F)</source>
        <translation>Ajustar a la selección (F)</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Mapa mundial</translation>
    </message>
</context>
<context>
    <name>cb::ui::MatchSettingsPanel</name>
    <message>
        <source>Shared priorities</source>
        <translation>Prioridades compartidas</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>Complementariedad</translation>
    </message>
    <message>
        <source>Expressed interest</source>
        <translation>Interés expresado</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>Contexto compartido</translation>
    </message>
    <message>
        <source>Combine the two sides</source>
        <translation>Combinación de ambas partes</translation>
    </message>
    <message>
        <source>Evidence half-life (months)</source>
        <translation>Vida media de la evidencia (meses)</translation>
    </message>
    <message>
        <source>Partners per city</source>
        <translation>Socios por ciudad</translation>
    </message>
    <message>
        <source>Evidence up to</source>
        <translation>Evidencia hasta</translation>
    </message>
    <message>
        <source>Harmonic mean</source>
        <translation>Media armónica</translation>
    </message>
    <message>
        <source>Weaker side</source>
        <translation>Parte más débil</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Cross-border pairs only</source>
        <translation>Solo pares transfronterizos</translation>
    </message>
    <message>
        <source>Ignore evidence on these themes:</source>
        <translation>Ignorar la evidencia sobre estos temas:</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Replay the past</source>
        <translation>Volver al pasado</translation>
    </message>
    <message>
        <source>Count only the evidence dated up to the chosen day, as if matching on that day.</source>
        <translation>Contar solo la evidencia con fecha hasta el día elegido, como si el emparejamiento se hiciera ese día.</translation>
    </message>
</context>
<context>
    <name>cb::ui::MatrixPanel</name>
    <message>
        <source>Find a row by name</source>
        <translation>Buscar una fila por nombre</translation>
    </message>
    <message>
        <source>No city has evidence under the current filter.</source>
        <translation>Ninguna ciudad tiene evidencia con el filtro actual.</translation>
    </message>
</context>
<context>
    <name>cb::ui::MergeConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Del colega</translation>
    </message>
</context>
<context>
    <name>cb::ui::MergeDialog</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>No se combinó nada: %1</translation>
    </message>
    <message>
        <source>Merge Package — %1</source>
        <translation>Combinar paquete — %1</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed these fields; choose which value to keep</source>
        <translation>Conflictos: ambas partes cambiaron estos campos; elija qué valor conservar</translation>
    </message>
    <message>
        <source>New from the package</source>
        <translation>Nuevo en el paquete</translation>
    </message>
    <message>
        <source>Taken from the package (empty or behind here)</source>
        <translation>Tomado del paquete (vacío o atrasado aquí)</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Conservar todo lo mío</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Tomar todo lo del colega</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>The package %1 cannot be merged.</source>
        <translation>No se puede combinar el paquete %1.</translation>
    </message>
    <message>
        <source>Package from %1, exported by %2 on %3.</source>
        <translation>Paquete de %1, exportado por %2 el %3.</translation>
    </message>
    <message>
        <source>Workspace %1 (not exported as a package).</source>
        <translation>Espacio de trabajo %1 (no exportado como paquete).</translation>
    </message>
    <message>
        <source>New: %1 · already here: %2 (recognised by name: %3) · conflicts: %4</source>
        <translation>Nuevos: %1 · ya presentes: %2 (reconocidos por el nombre: %3) · conflictos: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (recognised by name)</source>
        <translation>%1 = %2 (reconocido por el nombre)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Also added: %1 aliases, %2 priorities and offers, %3 interests, %4 memberships, %5 participations, %6 stage changes, %7 pair rules, %8 notes, %9 decision-log lines.</source>
        <translation>También se añaden: %1 alias, %2 prioridades y ofertas, %3 intereses, %4 membresías, %5 participaciones, %6 cambios de etapa, %7 reglas de pares, %8 notas, %9 líneas del registro de decisiones.</translation>
    </message>
    <message>
        <source>Nothing to merge: the workspace already holds everything in the package.</source>
        <translation>No hay nada que combinar: el espacio de trabajo ya contiene todo lo del paquete.</translation>
    </message>
</context>
<context>
    <name>cb::ui::ParticipationTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>cb::ui::PartnershipDetailsPanel</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Pasar %1 a «%2»</translation>
    </message>
    <message>
        <source>The stage could not be changed: %1</source>
        <translation>No se pudo cambiar la etapa: %1</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 pasó a «%2».</translation>
    </message>
    <message>
        <source>No activity since %1</source>
        <translation>Sin actividad desde el %1</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Editar los detalles de %1</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>No se pudieron guardar los detalles: %1</translation>
    </message>
    <message>
        <source>Details of %1 saved.</source>
        <translation>Detalles de %1 guardados.</translation>
    </message>
    <message>
        <source>Select a partnership to see its history and move it through the stages.</source>
        <translation>Seleccione una alianza para ver su historial y hacerla avanzar por las etapas.</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Pasar a la etapa</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>The day it happened; today unless you record an earlier step</source>
        <translation>El día en que ocurrió; hoy, salvo que registre un paso anterior</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>e.g. first video call</source>
        <translation>p. ej., primera videollamada</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Pasar</translation>
    </message>
    <message>
        <source>Record the move with your name and today&apos;s time; Ctrl+Z takes it back</source>
        <translation>Registrar el cambio con su nombre y la hora actual; Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>Mark &amp;dormant</source>
        <translation>Marcar como &amp;inactiva</translation>
    </message>
    <message>
        <source>Move to stage “Dormant” today, noting since when nothing happened</source>
        <translation>Pasar hoy a la etapa «Inactiva», indicando desde cuándo no hay actividad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Funcionario a cargo</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>Próxima &amp;acción:</translation>
    </message>
    <message>
        <source>e.g. send the draft MoU</source>
        <translation>p. ej., enviar el borrador del memorando</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>Give the next action a due day</source>
        <translation>Dar una fecha límite a la próxima acción</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Sa&amp;ve details</source>
        <translation>&amp;Guardar detalles</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>registrado el %1</translation>
    </message>
    <message>
        <source>No stage changes recorded yet.</source>
        <translation>Aún no hay cambios de etapa registrados.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Última actividad: %1</translation>
    </message>
    <message numerus="yes">
        <source>Flagged dormant: no activity for %n month(s).</source>
        <translation>
            <numerusform>Señalada como inactiva: %n mes sin actividad.</numerusform>
            <numerusform>Señalada como inactiva: %n meses sin actividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>These are the stored details now. Make your change again and save.</source>
        <translation>Ahora se muestran los detalles guardados. Haga de nuevo su cambio y guarde.</translation>
    </message>
</context>
<context>
    <name>cb::ui::PasswordKeyring</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <source>No system keyring answered (such as GNOME Keyring or KWallet), so the password cannot be remembered: CityBridge asks for it each time.</source>
        <translation>No respondió ningún llavero del sistema (como GNOME Keyring o KWallet), así que la contraseña no se puede recordar: CityBridge la pedirá cada vez.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::PipelineModel</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message numerus="yes">
        <source>Partnerships without activity for %n month(s) are flagged dormant</source>
        <translation>
            <numerusform>Las alianzas sin actividad durante %n mes se señalan como inactivas</numerusform>
            <numerusform>Las alianzas sin actividad durante %n meses se señalan como inactivas</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (vence el %2)</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Sin actividad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencida desde el %1</translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n month(s), since %1.</source>
        <translation>
            <numerusform>Sin actividad durante %n mes, desde el %1.</numerusform>
            <numerusform>Sin actividad durante %n meses, desde el %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partnerships are flagged dormant after %n month(s) without activity.</source>
        <translation>
            <numerusform>Las alianzas se señalan como inactivas tras %n mes sin actividad.</numerusform>
            <numerusform>Las alianzas se señalan como inactivas tras %n meses sin actividad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::PipelinePage</name>
    <message>
        <source>Search partners, next actions, summaries…</source>
        <translation>Buscar socios, próximas acciones, resúmenes…</translation>
    </message>
    <message>
        <source>Matches either partner&apos;s name or alias in any language, the next action, the summary and the owner</source>
        <translation>Coincide con el nombre o alias de cualquiera de los socios en cualquier idioma, la próxima acción, el resumen y el responsable</translation>
    </message>
    <message>
        <source>Show one stage of the pipeline</source>
        <translation>Mostrar una sola etapa del proceso</translation>
    </message>
    <message>
        <source>Show the partnerships of one owner</source>
        <translation>Mostrar las alianzas de un responsable</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Next action overdue</source>
        <translation>Próxima acción vencida</translation>
    </message>
    <message>
        <source>Flagged dormant</source>
        <translation>Señaladas como inactivas</translation>
    </message>
    <message>
        <source>Overdue or dormant</source>
        <translation>Vencidas o inactivas</translation>
    </message>
    <message>
        <source>Show only partnerships that need attention</source>
        <translation>Mostrar solo las alianzas que requieren atención</translation>
    </message>
    <message>
        <source>Flag as dormant after:</source>
        <translation>Señalar como inactiva tras:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Partnerships with no activity for this many months are flagged dormant. Saved in the workspace; Ctrl+Z takes a change back.</source>
        <translation>Las alianzas sin actividad durante este número de meses se señalan como inactivas. Se guarda en el espacio de trabajo; Ctrl+Z deshace el cambio.</translation>
    </message>
    <message>
        <source>All stages (%1)</source>
        <translation>Todas las etapas (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n alianza</numerusform>
            <numerusform>%n alianzas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnership(s) shown</source>
        <translation>
            <numerusform>%1 de %n alianza mostrada</numerusform>
            <numerusform>%1 de %n alianzas mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 flagged dormant</source>
        <translation>%1 señaladas como inactivas</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message numerus="yes">
        <source>Flag as dormant after %n month(s)</source>
        <translation>
            <numerusform>Señalar como inactiva tras %n mes</numerusform>
            <numerusform>Señalar como inactiva tras %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>No se pudo guardar el ajuste: %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::ProposalsModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>What each side gains: the first city&apos;s view, then the partner&apos;s.</source>
        <translation>Lo que gana cada parte: primero desde la perspectiva de la primera ciudad, luego desde la del socio.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>For this city</source>
        <translation>Para esta ciudad</translation>
    </message>
    <message>
        <source>First → second</source>
        <translation>Primera → segunda</translation>
    </message>
    <message>
        <source>For the partner</source>
        <translation>Para el socio</translation>
    </message>
    <message>
        <source>Second → first</source>
        <translation>Segunda → primera</translation>
    </message>
    <message>
        <source>Shared themes</source>
        <translation>Temas compartidos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Working hours shared</source>
        <translation>Horas de oficina compartidas</translation>
    </message>
</context>
<context>
    <name>cb::ui::ProposalsPage</name>
    <message>
        <source>Matching cancelled; the proposals shown are from the previous run.</source>
        <translation>Emparejamiento cancelado; las propuestas que se muestran son de la ejecución anterior.</translation>
    </message>
    <message>
        <source>Some stored matching settings could not be read; defaults are used for them.</source>
        <translation>No se pudieron leer algunos ajustes de emparejamiento guardados; para ellos se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings could not be saved in the workspace: %1</source>
        <translation>No se pudieron guardar los ajustes en el espacio de trabajo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s), total score %1 (optimal); a greedy choice would reach %2.</source>
        <translation>
            <numerusform>%n propuesta, puntuación total %1 (óptima); una elección voraz alcanzaría %2.</numerusform>
            <numerusform>%n propuestas, puntuación total %1 (óptima); una elección voraz alcanzaría %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the locked pairs</source>
        <translation>los pares bloqueados</translation>
    </message>
    <message>
        <source>the cap per pair of countries</source>
        <translation>el tope por par de países</translation>
    </message>
    <message>
        <source>the declined, excluded and deferred pairs</source>
        <translation>los pares rechazados, excluidos y aplazados</translation>
    </message>
    <message>
        <source>Without %1 the total would be %2.</source>
        <translation>Sin %1, el total sería %2.</translation>
    </message>
    <message>
        <source>Matching finished in %1 ms.</source>
        <translation>Emparejamiento completado en %1 ms.</translation>
    </message>
    <message>
        <source>Accept pair</source>
        <translation>Aceptar el par</translation>
    </message>
    <message>
        <source>Clear rule on pair</source>
        <translation>Quitar la regla del par</translation>
    </message>
    <message>
        <source>This pair has no rule to clear.</source>
        <translation>Este par no tiene ninguna regla que quitar.</translation>
    </message>
    <message>
        <source>Write the reason for declining in the field above, then press Decline again.</source>
        <translation>Escriba el motivo del rechazo en el campo de arriba y vuelva a pulsar Rechazar.</translation>
    </message>
    <message>
        <source>Decision recorded; Undo takes it back.</source>
        <translation>Decisión registrada; Deshacer la revierte.</translation>
    </message>
    <message>
        <source>Weights and rules</source>
        <translation>Pesos y reglas</translation>
    </message>
    <message>
        <source>Global proposals</source>
        <translation>Propuestas globales</translation>
    </message>
    <message>
        <source>Ranked partners (select a city)</source>
        <translation>Socios clasificados (seleccione una ciudad)</translation>
    </message>
    <message>
        <source>Ranked partners of %1</source>
        <translation>Socios clasificados de %1</translation>
    </message>
    <message>
        <source>Why this pair</source>
        <translation>Por qué este par</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reason (required to decline)</source>
        <translation>Motivo (obligatorio para rechazar)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>De&amp;fer</source>
        <translation>A&amp;plazar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Create a partnership at stage “proposed” and record the decision.</source>
        <translation>Crear una alianza en la etapa «Propuesta» y registrar la decisión.</translation>
    </message>
    <message>
        <source>Record that the pair was declined, with the reason; it is not proposed again until cleared.</source>
        <translation>Registrar que el par se rechazó, con el motivo; no se vuelve a proponer hasta que se quite la regla.</translation>
    </message>
    <message>
        <source>Keep the pair out of the proposals for now.</source>
        <translation>Dejar el par fuera de las propuestas por ahora.</translation>
    </message>
    <message>
        <source>Show this partner first in the city&apos;s ranking.</source>
        <translation>Mostrar este socio en primer lugar en la clasificación de la ciudad.</translation>
    </message>
    <message>
        <source>Force this pair into the global proposals.</source>
        <translation>Incluir siempre este par en las propuestas globales.</translation>
    </message>
    <message>
        <source>Never propose this pair.</source>
        <translation>No proponer nunca este par.</translation>
    </message>
    <message>
        <source>Remove the rules on this pair.</source>
        <translation>Quitar las reglas de este par.</translation>
    </message>
    <message>
        <source>Decline pair</source>
        <translation>Rechazar el par</translation>
    </message>
    <message>
        <source>Defer pair</source>
        <translation>Aplazar el par</translation>
    </message>
    <message>
        <source>Pin pair</source>
        <translation>Fijar el par</translation>
    </message>
    <message>
        <source>Lock pair</source>
        <translation>Bloquear el par</translation>
    </message>
    <message>
        <source>Exclude pair</source>
        <translation>Excluir el par</translation>
    </message>
    <message>
        <source>Clea&amp;r rules</source>
        <translation>&amp;Quitar reglas</translation>
    </message>
    <message>
        <source>Pairing &amp;Brief…</source>
        <translation>&amp;Informe del par…</translation>
    </message>
    <message>
        <source>Preview and save the brief of this pair for the two cities&apos; offices.</source>
        <translation>Ver y guardar el informe de este par para las oficinas de ambas ciudades.</translation>
    </message>
</context>
<context>
    <name>cb::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañada</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. They are kept in %2.</source>
        <translation>Todavía no hay copias de seguridad de %1. Se guardan en %2.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first, kept in %2.</source>
        <translation>Copias de seguridad de %1, la más reciente primero, guardadas en %2.</translation>
    </message>
    <message>
        <source>Choose a verified backup to restore.</source>
        <translation>Elija una copia de seguridad verificada para restaurar.</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup taken %2?

The current state is backed up first: restore that backup to undo this.</source>
        <translation>¿Reemplazar el espacio de trabajo %1 por la copia de seguridad del %2?

Antes se hace una copia de seguridad del estado actual: restáurela para deshacer esto.</translation>
    </message>
    <message>
        <source>%1 was restored from the backup taken %2. The state before is kept as a backup: %3</source>
        <translation>%1 se restauró desde la copia de seguridad del %2. El estado anterior se guarda como copia de seguridad: %3</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Restoring replaces the open workspace with the chosen backup. The current state is backed up first, so a restore can be undone by restoring that backup. Damaged backups cannot be restored.</source>
        <translation>Restaurar reemplaza el espacio de trabajo abierto por la copia de seguridad elegida. Antes se hace una copia de seguridad del estado actual, así que una restauración se puede deshacer restaurando esa copia. Las copias dañadas no se pueden restaurar.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>cb::ui::ScoreSnapshotFormatter</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score parts</source>
        <translation>Componentes de la puntuación</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aportación</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalizaciones</translation>
    </message>
    <message>
        <source>Hard rules</source>
        <translation>Reglas obligatorias</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>In the global proposals</source>
        <translation>En las propuestas globales</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <source>No score was recorded with this decision.</source>
        <translation>No se registró ninguna puntuación con esta decisión.</translation>
    </message>
    <message>
        <source>The score snapshot is not valid JSON; it is shown as stored.</source>
        <translation>La instantánea de la puntuación no es un JSON válido; se muestra tal como se guardó.</translation>
    </message>
    <message>
        <source>Score %1 → %2</source>
        <translation>Puntuación %1 → %2</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>cb::ui::StatementTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>cb::ui::StatementsEditor</name>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Weight (0–1):</source>
        <translation>Peso (0–1):</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Priorities and offers: %1</source>
        <translation>Prioridades y ofertas: %1</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Nueva prioridad</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nueva oferta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>e.g. digital heritage exhibition</source>
        <translation>p. ej., exposición de patrimonio digital</translation>
    </message>
    <message>
        <source>Priority — what it wants to develop</source>
        <translation>Prioridad: lo que quiere desarrollar</translation>
    </message>
    <message>
        <source>Offer — what it can share</source>
        <translation>Oferta: lo que puede compartir</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No se guardó: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add priority %1</source>
        <translation>Añadir la prioridad %1</translation>
    </message>
    <message>
        <source>Add offer %1</source>
        <translation>Añadir la oferta %1</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>Guardado. Deshacer (Ctrl+Z) lo revierte.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
    <message>
        <source>Removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
</context>
<context>
    <name>cb::ui::WhyPanel</name>
    <message>
        <source>Select a proposal or a ranked partner to see why it is proposed.</source>
        <translation>Seleccione una propuesta o un socio clasificado para ver por qué se propone.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Score %1: %2 for %3, %4 for %5.</source>
        <translation>Puntuación %1: %2 para %3, %4 para %5.</translation>
    </message>
    <message>
        <source>Replay: only evidence dated up to %1 counts.</source>
        <translation>Vista retrospectiva: solo cuenta la evidencia con fecha hasta el %1.</translation>
    </message>
</context>
<context>
    <name>cb::ui::WorkspaceDocument</name>
    <message>
        <source>No file name was given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is the workspace currently open; choose another file name.</source>
        <translation>%1 es el espacio de trabajo abierto actualmente; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>No se puede deshacer «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>No se puede rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>funcionario</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The workspace could not be written.</source>
        <translation>No se pudo escribir en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The change was saved, but the workspace could not be read again: %1</source>
        <translation>El cambio se guardó, pero no se pudo volver a leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the workspace could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The workspace is open read-only; a backup cannot be restored over it.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura; no se puede restaurar una copia de seguridad sobre él.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>No se puede restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup was restored, but the workspace cannot be opened: %1</source>
        <translation>La copia de seguridad se restauró, pero no se puede abrir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (como %2)</translation>
    </message>
    <message>
        <source>Not available for a team database: this works on workspace files. To get a file, copy the database with citybridge migrate-to.</source>
        <translation>No disponible para una base de datos del equipo: funciona con archivos de espacio de trabajo. Para obtener un archivo, copie la base de datos con citybridge migrate-to.</translation>
    </message>
    <message>
        <source>The workspace was changed by another window or program, but could not be read again: %1</source>
        <translation>Otra ventana o programa modificó el espacio de trabajo, pero no se pudo volver a leer: %1</translation>
    </message>
</context>
</TS>
