<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- One problem of each kind the catalogue checks must report (tst_translations), plus well-formed entries. -->
<TS version="2.1" language="es">
<context>
    <name>cb::test</name>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">Sin terminar</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation type="vanished">Desaparecido</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="obsolete">Obsoleto</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de</translation>
    </message>
    <message numerus="yes">
        <source>%n city(ies)</source>
        <translation>
            <numerusform>una ciudad</numerusform>
            <numerusform>%n ciudades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message>
        <source>%n item(s)</source>
        <translation>%n elementos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bold&lt;/b&gt; text</source>
        <translation>Texto en negrita</translation>
    </message>
    <message>
        <source>Well formed %1 &amp;&amp; done</source>
        <translation>Bien formado %1 &amp;&amp; listo</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) in %1</source>
        <translation>
            <numerusform>%n institución en %1</numerusform>
            <numerusform>%n instituciones en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>menu</comment>
        <translation>&amp;Abrir</translation>
    </message>
</context>
</TS>
