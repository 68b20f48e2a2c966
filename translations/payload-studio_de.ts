<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AddEntriesCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n File(s)</source>
        <translation>
            <numerusform>%n Datei hinzufügen</numerusform>
            <numerusform>%n Dateien hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveInspector</name>
    <message>
        <source>Only the first %1 members are listed; the others are counted and checked.</source>
        <translation>Nur die ersten %1 Archivmitglieder werden aufgeführt; die übrigen werden gezählt und geprüft.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>near byte %1 of the file</source>
        <translation>nahe Byte %1 der Datei</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 after the end of the tar archive, at byte %2 of the decompressed data (%3)</source>
        <translation>%1 nach dem Ende des tar-Archivs, bei Byte %2 der dekomprimierten Daten (%3)</translation>
    </message>
    <message>
        <source>%1, at byte %2 of the decompressed data (%3)</source>
        <translation>%1, bei Byte %2 der dekomprimierten Daten (%3)</translation>
    </message>
    <message>
        <source>KZip cannot read it: %1</source>
        <translation>KZip kann sie nicht lesen: %1</translation>
    </message>
    <message>
        <source>the data of member &quot;%1&quot; runs past the end of the file</source>
        <translation>die Daten des Archivmitglieds &quot;%1&quot; reichen über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; uses zip compression method %2, which KArchive cannot read</source>
        <translation>Archivmitglied &quot;%1&quot; verwendet die ZIP-Kompressionsmethode %2, die KArchive nicht lesen kann</translation>
    </message>
    <message>
        <source>the compressed data of member &quot;%1&quot; is corrupt</source>
        <translation>die komprimierten Daten des Archivmitglieds &quot;%1&quot; sind beschädigt</translation>
    </message>
    <message>
        <source>the compressed data of member &quot;%1&quot; gives %2 bytes instead of %3: it is corrupt</source>
        <translation>die komprimierten Daten des Archivmitglieds &quot;%1&quot; ergeben %2 statt %3 Bytes: sie sind beschädigt</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; fails its CRC-32 check (%2 instead of %3)</source>
        <translation>Archivmitglied &quot;%1&quot; besteht die CRC-32-Prüfung nicht (%2 statt %3)</translation>
    </message>
    <message>
        <source>KArchive&apos;s K7Zip unpacks a whole 7-Zip archive into memory when opening it; this one is %1 MiB, above the limit of %2 MiB</source>
        <translation>K7Zip aus KArchive entpackt beim Öffnen ein ganzes 7-Zip-Archiv in den Speicher; dieses hat %1 MiB, mehr als die Grenze von %2 MiB</translation>
    </message>
    <message>
        <source>K7Zip cannot read it: %1</source>
        <translation>K7Zip kann sie nicht lesen: %1</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; cannot be read to its end</source>
        <translation>Archivmitglied &quot;%1&quot; kann nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>The members were unpacked, but KArchive does not expose the CRCs a 7-Zip archive stores, so they were not compared.</source>
        <translation>Die Archivmitglieder wurden entpackt, aber KArchive stellt die in einem 7-Zip-Archiv gespeicherten CRCs nicht bereit, daher wurden sie nicht verglichen.</translation>
    </message>
    <message>
        <source>KAr cannot read it: %1</source>
        <translation>KAr kann sie nicht lesen: %1</translation>
    </message>
    <message>
        <source>no data to read</source>
        <translation>keine Daten zum Lesen</translation>
    </message>
    <message>
        <source>the data is a stream; looking inside an archive needs random access</source>
        <translation>die Daten sind ein Datenstrom; um in ein Archiv hineinzusehen, ist wahlfreier Zugriff nötig</translation>
    </message>
    <message>
        <source>it is a %1 file, a format KArchive cannot read</source>
        <translation>es ist eine %1-Datei, ein Format, das KArchive nicht lesen kann</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>%1 has no entry %2</source>
        <translation>%1 hat keinen Eintrag %2</translation>
    </message>
    <message>
        <source>the entry cannot be opened in %1</source>
        <translation>der Eintrag kann in %1 nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ArchiveInspectorDock</name>
    <message>
        <source>Archive Inspector</source>
        <translation>Archiv-Inspektor</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Das Abbild wird gelesen…</translation>
    </message>
    <message>
        <source>Select an entry of the image to look inside it.</source>
        <translation>Wählen Sie einen Eintrag des Abbilds aus, um hineinzusehen.</translation>
    </message>
    <message>
        <source>Select a file of the list to look inside it.</source>
        <translation>Wählen Sie eine Datei der Liste aus, um hineinzusehen.</translation>
    </message>
    <message>
        <source>Reading the first image…</source>
        <translation>Das erste Abbild wird gelesen…</translation>
    </message>
    <message>
        <source>Select a file of the first image to look inside it.</source>
        <translation>Wählen Sie eine Datei des ersten Abbilds aus, um hineinzusehen.</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, Datensatz %2</translation>
    </message>
    <message>
        <source>cannot read record %1 of %2</source>
        <translation>Datensatz %1 von %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The inspector looks inside the files of the list and of images: Open as Payload List makes this checkout&apos;s distfiles a list.</source>
        <translation>Der Inspektor schaut in die Dateien der Liste und der Abbilder: „Als Payload-Liste öffnen“ macht aus den Distfiles dieses Checkouts eine Liste.</translation>
    </message>
</context>
<context>
    <name>ArchiveInspectorPanel</name>
    <message>
        <source>Inspection progress</source>
        <translation>Fortschritt der Untersuchung</translation>
    </message>
    <message>
        <source>Stop reading this archive</source>
        <translation>Lesen dieses Archivs stoppen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Archive members</source>
        <translation>Archivmitglieder</translation>
    </message>
    <message>
        <source>Select an entry to look inside it.</source>
        <translation>Wählen Sie einen Eintrag aus, um hineinzusehen.</translation>
    </message>
    <message>
        <source>says nothing about the content</source>
        <translation>sagt nichts über den Inhalt aus</translation>
    </message>
    <message>
        <source>agrees with the content</source>
        <translation>stimmt mit dem Inhalt überein</translation>
    </message>
    <message>
        <source>Stopped before the end; what was read so far is listed.</source>
        <translation>Vor dem Ende gestoppt; aufgeführt ist, was bis dahin gelesen wurde.</translation>
    </message>
    <message>
        <source>%1 packed</source>
        <translation>%1 gepackt</translation>
    </message>
    <message>
        <source>%1 unpacked</source>
        <translation>%1 entpackt</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Archivmitglied</numerusform>
            <numerusform>%n Archivmitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Archivmitglied: %1</translation>
    </message>
    <message>
        <source>At byte %1 of the unpacked data</source>
        <translation>Bei Byte %1 der entpackten Daten</translation>
    </message>
    <message>
        <source>No findings: nothing would land outside the folder it is unpacked in.</source>
        <translation>Keine Befunde: Nichts würde außerhalb des Ordners landen, in den entpackt wird.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsafe&lt;/b&gt;: readable, but unpacking it would write outside its folder or fail (see the findings).</source>
        <translation>&lt;b&gt;Unsicher&lt;/b&gt;: lesbar, aber beim Entpacken würde außerhalb des Ordners geschrieben oder es schlüge fehl (siehe die Befunde).</translation>
    </message>
    <message>
        <source>No findings among the members read before the reading stopped.</source>
        <translation>Keine Befunde bei den Archivmitgliedern, die gelesen wurden, bevor das Lesen abbrach.</translation>
    </message>
</context>
<context>
    <name>ArchiveMember</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>hard link</source>
        <translation>harte Verknüpfung</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>Blockgerät</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
</context>
<context>
    <name>ArchiveMemberModel</name>
    <message>
        <source>%1 (no member of its own)</source>
        <translation>%1 (kein eigenes Archivmitglied)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) below, %1 in all</source>
        <translation>
            <numerusform>%n Archivmitglied darunter, %1 insgesamt</numerusform>
            <numerusform>%n Archivmitglieder darunter, %1 insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>Verknüpfung auf %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Link Target</source>
        <translation>Verknüpfungsziel</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Members below have findings.</source>
        <translation>Archivmitglieder darunter haben Befunde.</translation>
    </message>
</context>
<context>
    <name>ArchiveReport</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Not what its name says</source>
        <translation>Nicht, was der Name angibt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2, but: %3</source>
        <translation>%1: %2, aber: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ArchiveText</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot;</source>
        <translation>%1: Archivmitglied &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>Verknüpfung auf %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, holding %1</source>
        <translation>, enthält %1</translation>
    </message>
    <message>
        <source>(member &quot;%1&quot; at byte %2)</source>
        <translation>(Archivmitglied &quot;%1&quot; bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>AtomicOutputFile</name>
    <message>
        <source>%1: is a folder</source>
        <translation>%1: ist ein Ordner</translation>
    </message>
    <message>
        <source>%1: the file exists; choose another name or allow overwriting</source>
        <translation>%1: Die Datei existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1: In %2 kann keine Datei erstellt werden: %3</translation>
    </message>
    <message>
        <source>%1: nothing to commit</source>
        <translation>%1: nichts festzuschreiben</translation>
    </message>
    <message>
        <source>%1: write error: %2</source>
        <translation>%1: Schreibfehler: %2</translation>
    </message>
    <message>
        <source>%1: cannot flush the file to disk: %2</source>
        <translation>%1: Die Datei kann nicht auf die Festplatte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished file into place: %2</source>
        <translation>%1: Die fertige Datei kann nicht an den Zielort verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1: the file appeared while this one was written; not replaced</source>
        <translation>%1: Die Datei ist entstanden, während diese geschrieben wurde; nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>AuthoringPanel</name>
    <message>
        <source>Filter by name or source…</source>
        <translation>Nach Name oder Quelle filtern…</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>u32 (files below 4 GiB)</source>
        <translation>u32 (Dateien unter 4 GiB)</translation>
    </message>
    <message>
        <source>u64 (any size)</source>
        <translation>u64 (beliebige Größe)</translation>
    </message>
    <message>
        <source>Image layout</source>
        <translation>Layout des Abbilds</translation>
    </message>
    <message>
        <source>The layout decides the largest file an entry can hold and the image&apos;s headers</source>
        <translation>Das Layout bestimmt die größte Datei, die ein Eintrag aufnehmen kann, und die Header des Abbilds</translation>
    </message>
    <message>
        <source>Payload entries</source>
        <translation>Payload-Einträge</translation>
    </message>
    <message>
        <source>Drop files or folders here, or use Add Files… and Add Folder…

Each file becomes one entry of the payload image.</source>
        <translation>Ziehen Sie Dateien oder Ordner hierher oder verwenden Sie Dateien hinzufügen… und Ordner hinzufügen…

Jede Datei wird zu einem Eintrag des Payload-Abbilds.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n entry(s) need attention before the image can be built&lt;/b&gt; (the status column tells why):</source>
        <translation>
            <numerusform>&lt;b&gt;%n Eintrag erfordert Aufmerksamkeit, bevor das Abbild erstellt werden kann&lt;/b&gt; (die Spalte Status nennt den Grund):</numerusform>
            <numerusform>&lt;b&gt;%n Einträge erfordern Aufmerksamkeit, bevor das Abbild erstellt werden kann&lt;/b&gt; (die Spalte Status nennt den Grund):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) have warnings; the build can go ahead.</source>
        <translation>
            <numerusform>%n Eintrag hat Warnungen; die Erstellung kann fortgesetzt werden.</numerusform>
            <numerusform>%n Einträge haben Warnungen; die Erstellung kann fortgesetzt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildCommand</name>
    <message>
        <source>Build external.img from a live-bootstrap checkout, as upstream&apos;s generator does</source>
        <translation>external.img aus einem live-bootstrap-Checkout erstellen, wie es der Generator von Upstream tut</translation>
    </message>
    <message>
        <source>build -o OUT [--layout u32|u64] [--manifest FILE [--manifest-format FORMAT]] [--split-at STEP] [--guix] [--distfiles DIR] [--no-cache] [--verify] [--force] CHECKOUT</source>
        <translation>build -o OUT [--layout u32|u64] [--manifest FILE [--manifest-format FORMAT]] [--split-at STEP] [--guix] [--distfiles DIR] [--no-cache] [--verify] [--force] CHECKOUT</translation>
    </message>
    <message>
        <source>The external image of a checkout whose distfiles are all there.</source>
        <translation>Das externe Abbild eines Checkouts, dessen Distfiles alle vorhanden sind.</translation>
    </message>
    <message>
        <source>In the u64 layout, with a sha256sum manifest, read back after writing.</source>
        <translation>Im u64-Layout, mit einem sha256sum-Manifest, nach dem Schreiben zurückgelesen.</translation>
    </message>
    <message>
        <source>Download what is missing, then replace the image.</source>
        <translation>Fehlendes herunterladen, dann das Abbild ersetzen.</translation>
    </message>
    <message>
        <source>The image to write (required).</source>
        <translation>Das zu schreibende Abbild (erforderlich).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>Also write a manifest with every entry&apos;s SHA-256 to FILE.</source>
        <translation>Zusätzlich ein Manifest mit der SHA-256-Prüfsumme jedes Eintrags nach FILE schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>json, tsv or sha256 (default: from FILE&apos;s extension .json, .tsv or .sha256; else json).</source>
        <translation>json, tsv oder sha256 (Standard: nach der Endung von FILE, .json, .tsv oder .sha256; sonst json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Read the image back and compare every entry&apos;s size and SHA-256.</source>
        <translation>Das Abbild zurücklesen und Größe und SHA-256 jedes Eintrags vergleichen.</translation>
    </message>
    <message>
        <source>Replace OUT and the manifest file if they exist.</source>
        <translation>OUT und die Manifestdatei ersetzen, falls sie existieren.</translation>
    </message>
    <message>
        <source>-o OUT is required: where should the image go?</source>
        <translation>-o OUT ist erforderlich: Wohin soll das Abbild geschrieben werden?</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;: use u32 or u64</source>
        <translation>unbekanntes Layout &quot;%1&quot;: Verwenden Sie u32 oder u64</translation>
    </message>
    <message>
        <source>--manifest-format needs --manifest FILE</source>
        <translation>--manifest-format benötigt --manifest FILE</translation>
    </message>
    <message>
        <source>unknown manifest format &quot;%1&quot;: use json, tsv or sha256</source>
        <translation>unbekanntes Manifestformat &quot;%1&quot;: Verwenden Sie json, tsv oder sha256</translation>
    </message>
    <message>
        <source>the manifest and the image cannot be the same file</source>
        <translation>das Manifest und das Abbild können nicht dieselbe Datei sein</translation>
    </message>
    <message>
        <source>%1: interrupted; nothing was written</source>
        <translation>%1: unterbrochen; es wurde nichts geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s), %2 of data, %3 bytes in all (%4 layout)%5</source>
        <translation>
            <numerusform>%1: %n Eintrag, %2 an Daten, %3 Bytes insgesamt (%4-Layout)%5</numerusform>
            <numerusform>%1: %n Einträge, %2 an Daten, %3 Bytes insgesamt (%4-Layout)%5</numerusform>
        </translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, geprüft</translation>
    </message>
    <message>
        <source>Writes the external image of a live-bootstrap checkout: every distfile not in the first image (see &apos;lbpayload plan&apos;), once per file name, sorted by name, byte for byte what upstream&apos;s generator writes for the same files. Every distfile is checked first; when any is missing, not a regular file or has a wrong checksum, nothing is written, each is listed with expected and actual checksums, and the exit code is 1. Each file is read once for its hash and once for its copy: a digest the hash cache knows for the unchanged file is trusted (--no-cache hashes everything), the others are hashed while copied. A distfile that changes between check and copy fails the build. The layout is the one the checkout&apos;s importer reads (see &apos;lbpayload plan&apos;), u32 when the checkout does not say; a --layout that contradicts the importer is used, with a warning. --verify reads the image back and compares every entry. OUT appears only when complete; an existing OUT is replaced only with --force. --manifest also writes every entry&apos;s SHA-256 (format from --manifest-format or the file&apos;s extension). Exits with 0 when written, 1 when a distfile is missing or wrong, 3 when the checkout cannot be read, OUT exists or a write or the verification fails, 130 when interrupted.</source>
        <translation>Schreibt das externe Abbild eines live-bootstrap-Checkouts: jedes Distfile, das nicht im ersten Abbild liegt (siehe &apos;lbpayload plan&apos;), einmal pro Dateiname, nach Namen sortiert, Byte für Byte das, was der Generator von Upstream für dieselben Dateien schreibt. Zuerst wird jedes Distfile geprüft; fehlt eines, ist es keine reguläre Datei oder hat es eine falsche Prüfsumme, wird nichts geschrieben, jedes solche Distfile wird mit erwarteter und tatsächlicher Prüfsumme aufgeführt, und der Rückgabewert ist 1. Jede Datei wird einmal für ihre Prüfsumme und einmal für ihre Kopie gelesen: Einer Prüfsumme, die der Prüfsummen-Cache für die unveränderte Datei kennt, wird vertraut (--no-cache berechnet alle Prüfsummen neu), die Prüfsummen der übrigen werden beim Kopieren berechnet. Ein Distfile, das sich zwischen Prüfung und Kopie ändert, lässt die Erstellung fehlschlagen. Das Layout ist das, welches der Importer des Checkouts liest (siehe &apos;lbpayload plan&apos;), u32, wenn der Checkout es nicht angibt; ein --layout, das dem Importer widerspricht, wird mit einer Warnung verwendet. --verify liest das Abbild zurück und vergleicht jeden Eintrag. OUT erscheint erst, wenn es vollständig ist; ein vorhandenes OUT wird nur mit --force ersetzt. --manifest schreibt außerdem die SHA-256 jedes Eintrags (Format aus --manifest-format oder der Dateiendung). Beendet sich mit 0, wenn geschrieben wurde, mit 1, wenn ein Distfile fehlt oder falsch ist, mit 3, wenn der Checkout nicht gelesen werden kann, OUT existiert oder ein Schreibvorgang oder die Prüfung fehlschlägt, und mit 130 bei einer Unterbrechung.</translation>
    </message>
    <message>
        <source>u32 or u64 (default: the layout the checkout&apos;s importer reads, as &apos;lbpayload plan&apos; shows; u32 when the checkout does not say).</source>
        <translation>u32 oder u64 (Standard: das Layout, das der Importer des Checkouts liest, wie &apos;lbpayload plan&apos; es anzeigt; u32, wenn der Checkout es nicht angibt).</translation>
    </message>
    <message>
        <source>--layout %1 contradicts the checkout&apos;s importer, which reads %2 (%3); its payload-import will not read this image</source>
        <translation>--layout %1 widerspricht dem Importer des Checkouts, der %2 liest (%3); sein payload-import wird dieses Abbild nicht lesen</translation>
    </message>
    <message>
        <source>--layout %1 contradicts the checkout&apos;s generator, which writes %2 (%3)</source>
        <translation>--layout %1 widerspricht dem Generator des Checkouts, der %2 schreibt (%3)</translation>
    </message>
</context>
<context>
    <name>BuildController</name>
    <message>
        <source>Verifying the written image</source>
        <translation>Das geschriebene Abbild wird geprüft</translation>
    </message>
    <message>
        <source>Writing the image</source>
        <translation>Das Abbild wird geschrieben</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message>
        <source>Stop the build? The unfinished image will be removed.</source>
        <translation>Erstellung stoppen? Das unfertige Abbild wird entfernt.</translation>
    </message>
    <message>
        <source>Build Canceled</source>
        <translation>Erstellung abgebrochen</translation>
    </message>
    <message>
        <source>The build was canceled. Nothing was written to %1.</source>
        <translation>Die Erstellung wurde abgebrochen. Nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Build Failed</source>
        <translation>Erstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be built; no partial image was left behind.</source>
        <translation>%1 konnte nicht erstellt werden; es wurde kein unvollständiges Abbild hinterlassen.</translation>
    </message>
    <message>
        <source>Image Built</source>
        <translation>Abbild erstellt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %n entry(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %n Eintrag.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified: every entry reads back with the SHA-256 it was written with.</source>
        <translation>Geprüft: Jeder Eintrag wird mit der SHA-256 zurückgelesen, mit der er geschrieben wurde.</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>Das Manifest konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&amp;Open Image</source>
        <translation>Abbild ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>In &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Build external.img</source>
        <translation>external.img erstellen</translation>
    </message>
    <message>
        <source>Write to &amp;Disk…</source>
        <translation>Auf &amp;Datenträger schreiben…</translation>
    </message>
    <message>
        <source>Write the new image to a disk?</source>
        <translation>Das neue Abbild auf einen Datenträger schreiben?</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <source>Sort entries by name, as upstream&apos;s generator does</source>
        <translation>Einträge nach Namen sortieren, wie es der Upstream-Generator tut</translation>
    </message>
    <message>
        <source>Write a manifest beside the image:</source>
        <translation>Manifest neben dem Abbild schreiben:</translation>
    </message>
    <message>
        <source>Verify after writing (read the image back and compare every entry&apos;s SHA-256)</source>
        <translation>Nach dem Schreiben prüfen (Abbild zurücklesen und die SHA-256 jedes Eintrags vergleichen)</translation>
    </message>
    <message>
        <source>Build Image</source>
        <translation>Abbild erstellen</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Ausgabeabbild</translation>
    </message>
    <message>
        <source>external.img</source>
        <translation>external.img</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>u32: 4-byte fields, as in the design document (files below 4 GiB)</source>
        <translation>u32: 4-Byte-Felder, wie im Designdokument (Dateien unter 4 GiB)</translation>
    </message>
    <message>
        <source>u64: 8-byte fields, for files of 4 GiB and more</source>
        <translation>u64: 8-Byte-Felder, für Dateien ab 4 GiB</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Upstream sorts by Unicode code point, so the same files always give the same bytes</source>
        <translation>Upstream sortiert nach Unicode-Codepunkt, sodass dieselben Dateien immer dieselben Bytes ergeben</translation>
    </message>
    <message>
        <source>No padding</source>
        <translation>Keine Auffüllung</translation>
    </message>
    <message>
        <source>To a multiple of 512 bytes (a disk sector)</source>
        <translation>Auf ein Vielfaches von 512 Bytes (ein Plattensektor)</translation>
    </message>
    <message>
        <source>To a multiple of 1 MiB</source>
        <translation>Auf ein Vielfaches von 1 MiB</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Auffüllung</translation>
    </message>
    <message>
        <source>&amp;Padding:</source>
        <translation>&amp;Auffüllung:</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <source>sha256sum</source>
        <translation>sha256sum</translation>
    </message>
    <message>
        <source>Manifest format</source>
        <translation>Manifestformat</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Payload images (*.img);;All files (*)</source>
        <translation>Payload-Abbilder (*.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where to write the image.</source>
        <translation>Wählen Sie, wohin das Abbild geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The output is a folder: add a file name.</source>
        <translation>Die Ausgabe ist ein Ordner: Fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), image of %1.</source>
        <translation>
            <numerusform>%n Eintrag, Abbildgröße %1.</numerusform>
            <numerusform>%n Einträge, Abbildgröße %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The build cannot start:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Die Erstellung kann nicht beginnen:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Replace Image?</source>
        <translation>Abbild ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? The old file stays until the new image is complete.</source>
        <translation>%1 ist bereits vorhanden. Ersetzen? Die alte Datei bleibt erhalten, bis das neue Abbild vollständig ist.</translation>
    </message>
    <message>
        <source>Test Integrity of Flagged</source>
        <translation>Integrität der aufgeführten Distfiles testen</translation>
    </message>
    <message>
        <source>Read the flagged distfiles to their end and check them; the results show in the list&apos;s status column and here</source>
        <translation>Die aufgeführten Distfiles bis zum Ende lesen und prüfen; die Ergebnisse erscheinen in der Statusspalte der Liste und hier</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n distfile(s) may fail at boot&lt;/b&gt; (the build can go ahead):</source>
        <translation>
            <numerusform>&lt;b&gt;%n Distfile könnte beim Booten fehlschlagen&lt;/b&gt; (die Erstellung kann fortgesetzt werden):</numerusform>
            <numerusform>&lt;b&gt;%n Distfiles könnten beim Booten fehlschlagen&lt;/b&gt; (die Erstellung kann fortgesetzt werden):</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkout&apos;s importer, %1 (line %2), reads %3: an image in %4 will not import at boot. The build can go ahead.</source>
        <translation>Der Importer des Checkouts, %1 (Zeile %2), liest %3: Ein Abbild in %4 wird beim Booten nicht importiert. Die Erstellung kann trotzdem weitergehen.</translation>
    </message>
    <message>
        <source>The checkout&apos;s generator, %1 (line %2), writes %3 and no importer says otherwise: an image in %4 may not import at boot. The build can go ahead.</source>
        <translation>Der Generator des Checkouts, %1 (Zeile %2), schreibt %3, und kein Importer sagt anderes: Ein Abbild in %4 wird beim Booten womöglich nicht importiert. Die Erstellung kann trotzdem weitergehen.</translation>
    </message>
</context>
<context>
    <name>BuildFirstImageCommand</name>
    <message>
        <source>Build the first boot disk (init.img, builder-hex0) from a prepared folder</source>
        <translation>Den ersten Boot-Datenträger (init.img, builder-hex0) aus einem vorbereiteten Ordner erstellen</translation>
    </message>
    <message>
        <source>build-first-image -o OUT [--target-size MIB] [--builder-hex0 DIR] [--force] [--overwrite] FOLDER</source>
        <translation>build-first-image -o OUT [--target-size MIB] [--builder-hex0 DIR] [--force] [--overwrite] FOLDER</translation>
    </message>
    <message>
        <source>Writes the disk live-bootstrap&apos;s kernel-bootstrap mode boots from, byte for byte as upstream&apos;s generator writes target/init.img from target/init: builder-hex0&apos;s boot sector compiled from its stage-1 hex0 source, the stage-2 source as text, then a script that makes every folder and file of FOLDER in builder-hex0&apos;s file system, then the commands that start stage0-posix, then zeros to the next MiB. Each folder&apos;s entries go in byte order of their names, so the same folder always gives the same image. Paths containing &quot;.git&quot; are left out, as upstream does. A link to a file is read; a link to a folder becomes an empty folder. builder-hex0&apos;s files come from --builder-hex0 DIR, else from the builder-hex0/ folder of the live-bootstrap checkout FOLDER is in (searched upwards). Before anything is written the tree is checked against builder-hex0&apos;s limits (14,332 files, 1,811,939,328 bytes, names under 1 KiB) and the Fiwix hand-off of the folder&apos;s steps/jump/fiwix.sh; a tree that breaks one is refused with exit code 1 unless --force. OUT appears only when complete; an existing OUT is replaced only with --overwrite.</source>
        <translation>Schreibt den Datenträger, von dem der kernel-bootstrap-Modus von live-bootstrap bootet, Byte für Byte so, wie der Generator von Upstream target/init.img aus target/init schreibt: den Bootsektor von builder-hex0, kompiliert aus seinem hex0-Quelltext für Stufe 1, den Quelltext von Stufe 2 als Text, dann ein Skript, das jeden Ordner und jede Datei von FOLDER im Dateisystem von builder-hex0 anlegt, dann die Befehle, die stage0-posix starten, und schließlich Nullen bis zum nächsten MiB. Die Einträge jedes Ordners folgen in Byte-Reihenfolge ihrer Namen, sodass derselbe Ordner immer dasselbe Abbild ergibt. Pfade, die &quot;.git&quot; enthalten, werden wie bei Upstream ausgelassen. Eine Verknüpfung auf eine Datei wird gelesen; eine Verknüpfung auf einen Ordner wird zu einem leeren Ordner. Die Dateien von builder-hex0 stammen aus --builder-hex0 DIR, sonst aus dem Ordner builder-hex0/ des live-bootstrap-Checkouts, in dem FOLDER liegt (nach oben gesucht). Bevor etwas geschrieben wird, wird der Baum gegen die Grenzen von builder-hex0 (14.332 Dateien, 1.811.939.328 Bytes, Namen unter 1 KiB) und die Fiwix-Übergabe aus steps/jump/fiwix.sh des Ordners geprüft; ein Baum, der eine davon verletzt, wird mit dem Rückgabewert 1 abgelehnt, sofern nicht --force angegeben ist. OUT erscheint erst, wenn es vollständig ist; ein vorhandenes OUT wird nur mit --overwrite ersetzt.</translation>
    </message>
    <message>
        <source>The first disk of a live-bootstrap checkout prepared by rootfs.py, builder-hex0 from the checkout.</source>
        <translation>Der erste Datenträger eines mit rootfs.py vorbereiteten live-bootstrap-Checkouts, builder-hex0 aus dem Checkout.</translation>
    </message>
    <message>
        <source>The same, extended to 4 GiB, replacing init.img.</source>
        <translation>Dasselbe, auf 4 GiB erweitert; init.img wird ersetzt.</translation>
    </message>
    <message>
        <source>With builder-hex0 from its own clone, written even though the tree breaks a limit.</source>
        <translation>Mit builder-hex0 aus einem eigenen Klon, geschrieben, obwohl der Baum eine Grenze verletzt.</translation>
    </message>
    <message>
        <source>The image to write (required).</source>
        <translation>Das zu schreibende Abbild (erforderlich).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Extend the image with zeros to MIB mebibytes (upstream&apos;s --target-size); smaller than the image is an error.</source>
        <translation>Das Abbild mit Nullen auf MIB Mebibyte erweitern (--target-size von Upstream); kleiner als das Abbild ist ein Fehler.</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>The folder holding builder-hex0-x86-stage1.hex0 and builder-hex0-x86-stage2.hex0 (default: the builder-hex0/ folder of the checkout FOLDER is in).</source>
        <translation>Der Ordner mit builder-hex0-x86-stage1.hex0 und builder-hex0-x86-stage2.hex0 (Standard: der Ordner builder-hex0/ des Checkouts, in dem FOLDER liegt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write the image even when the tree breaks builder-hex0&apos;s limits.</source>
        <translation>Das Abbild auch dann schreiben, wenn der Baum die Grenzen von builder-hex0 verletzt.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls es existiert.</translation>
    </message>
    <message>
        <source>The prepared folder (upstream&apos;s target/init).</source>
        <translation>Der vorbereitete Ordner (target/init von Upstream).</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <extracomment>message [stable code of the finding]</extracomment>
        <translation>%1 [%2]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) (%2 files, %3 folders), %4 of file data, %5 bytes in all (builder-hex0 %6)</source>
        <translation>
            <numerusform>%1: %n Datensatz (%2 Dateien, %3 Ordner), %4 Dateidaten, insgesamt %5 Bytes (builder-hex0 %6)</numerusform>
            <numerusform>%1: %n Datensätze (%2 Dateien, %3 Ordner), %4 Dateidaten, insgesamt %5 Bytes (builder-hex0 %6)</numerusform>
        </translation>
    </message>
    <message>
        <source>of unknown revision</source>
        <translation>unbekannter Revision</translation>
    </message>
    <message>
        <source>%1: builder-hex0&apos;s budget: %2 of %3 files, %4 of %5 bytes</source>
        <translation>%1: Budget von builder-hex0: %2 von %3 Dateien, %4 von %5 Bytes</translation>
    </message>
    <message>
        <source>%1: Fiwix hand-off (inferred): its ext2 image of %2 KiB (%3 line %4) leaves %5 bytes for what the build writes before Fiwix</source>
        <translation>%1: Fiwix-Übergabe (abgeleitet): ihr ext2-Abbild von %2 KiB (%3 Zeile %4) lässt %5 Bytes für das, was der Build vor Fiwix schreibt</translation>
    </message>
    <message>
        <source>%1: Fiwix hand-off unknown: the folder has no %2 with a make_fiwix_initrd -s figure</source>
        <translation>%1: Fiwix-Übergabe unbekannt: Der Ordner enthält kein %2 mit einer Angabe make_fiwix_initrd -s</translation>
    </message>
    <message>
        <source>-o OUT is required: where should the image go?</source>
        <translation>-o OUT ist erforderlich: Wohin soll das Abbild geschrieben werden?</translation>
    </message>
    <message>
        <source>--builder-hex0 needs a folder</source>
        <translation>--builder-hex0 benötigt einen Ordner</translation>
    </message>
    <message>
        <source>--target-size needs a whole number of MiB such as 4096, not &quot;%1&quot;</source>
        <translation>--target-size benötigt eine ganze Zahl von MiB wie 4096, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: is not a folder; give the prepared folder (upstream&apos;s target/init)</source>
        <translation>%1: ist kein Ordner; geben Sie den vorbereiteten Ordner an (target/init von Upstream)</translation>
    </message>
    <message>
        <source>%1: exists; use --overwrite to replace it</source>
        <translation>%1: existiert bereits; verwenden Sie --overwrite, um es zu ersetzen</translation>
    </message>
</context>
<context>
    <name>BuildJob</name>
    <message>
        <source>comparing SHA-256 with what was written</source>
        <translation>SHA-256 wird mit dem Geschriebenen verglichen</translation>
    </message>
    <message>
        <source>The build was canceled while the image was verified; the image was removed.</source>
        <translation>Die Erstellung wurde während der Prüfung des Abbilds abgebrochen; das Abbild wurde entfernt.</translation>
    </message>
    <message>
        <source>The written image does not read back: %1</source>
        <translation>Das geschriebene Abbild ist beim Zurücklesen fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The written image cannot be read back: %1</source>
        <translation>Das geschriebene Abbild kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>The written image differs from its sources:
%1</source>
        <translation>Das geschriebene Abbild weicht von seinen Quellen ab:
%1</translation>
    </message>
</context>
<context>
    <name>BuildPlan</name>
    <message>
        <source>%1 entries do not fit the %2 layout&apos;s count</source>
        <translation>%1 Einträge überschreiten die im Layout %2 mögliche Anzahl</translation>
    </message>
    <message>
        <source>%1 entries: the importer accepts at most %2</source>
        <translation>%1 Einträge: Der Importer akzeptiert höchstens %2</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot; (%3)</source>
        <translation>Eintrag %1 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>%1: cannot read the source: %2</source>
        <translation>%1: Die Quelle kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the source is not a regular file</source>
        <translation>%1: Die Quelle ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: the source range ends at byte %2, past the file&apos;s end</source>
        <translation>%1: Der Quellbereich endet bei Byte %2, hinter dem Dateiende</translation>
    </message>
    <message>
        <source>%1: %2 bytes do not fit the %3 layout (4 GiB or more); use the u64 layout</source>
        <translation>%1: %2 Bytes passen nicht in das Layout %3 (4 GiB oder mehr); verwenden Sie das Layout u64</translation>
    </message>
    <message>
        <source>%1: the name does not fit the %2 layout; use the u64 layout</source>
        <translation>%1: Der Name passt nicht in das Layout %2; verwenden Sie das Layout u64</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the name is already used by entry %2 (%3)</source>
        <translation>%1: Der Name wird bereits von Eintrag %2 verwendet (%3)</translation>
    </message>
</context>
<context>
    <name>BuilderHex0Files</name>
    <message>
        <source>%1: cannot read builder-hex0&apos;s file: %2</source>
        <translation>%1: die Datei von builder-hex0 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes; this is no builder-hex0 source</source>
        <translation>%1: größer als %2 Bytes; dies ist kein Quelltext von builder-hex0</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: compiles to %2 bytes ending %3; a boot sector is %4 bytes ending 55 AA</source>
        <translation>%1: wird zu %2 Bytes mit dem Ende %3 kompiliert; ein Bootsektor hat %4 Bytes mit dem Ende 55 AA</translation>
    </message>
    <message>
        <source>%1: the file is empty; stage 2 would have nothing to compile</source>
        <translation>%1: die Datei ist leer; Stufe 2 hätte nichts zu kompilieren</translation>
    </message>
    <message>
        <source>%1: no builder-hex0 found; looked for %2 in the folder and each of its parents (the live-bootstrap checkout&apos;s builder-hex0 submodule):
%3</source>
        <translation>%1: kein builder-hex0 gefunden; gesucht wurde %2 im Ordner und in jedem seiner übergeordneten Ordner (das Submodul builder-hex0 des live-bootstrap-Checkouts):
%3</translation>
    </message>
</context>
<context>
    <name>ByteCount</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 a binary unit such as MiB</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>Lesefehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>cannot read byte %1 again from a stream</source>
        <translation>Byte %1 kann aus einem Datenstrom nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is a directory, not an image</source>
        <translation>ist ein Ordner, kein Abbild</translation>
    </message>
    <message>
        <source>is not a regular file or a block device</source>
        <translation>ist weder eine reguläre Datei noch ein Blockgerät</translation>
    </message>
    <message>
        <source>cannot determine the size: %1</source>
        <translation>die Größe kann nicht ermittelt werden: %1</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: cannot read the Guix manifest (--build-guix-also): %2</source>
        <translation>%1: das Guix-Manifest kann nicht gelesen werden (--build-guix-also): %2</translation>
    </message>
    <message>
        <source>%1: not a live-bootstrap checkout: cannot read %2: %3</source>
        <translation>%1: kein live-bootstrap-Checkout: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot read the sources file: %1</source>
        <translation>die sources-Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CheckoutArguments</name>
    <message>
        <source>Split at &apos;improve: STEP&apos; instead of import_payload: the distfiles of the build steps before it go into the first image (get_network: the split of a build without external.img).</source>
        <translation>Bei &apos;improve: STEP&apos; statt bei import_payload aufteilen: Die Distfiles der Build-Schritte davor kommen in das erste Abbild (get_network: die Aufteilung für einen Build ohne external.img).</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>Also the distfiles of steps-guix/, as upstream&apos;s --build-guix-also does.</source>
        <translation>Auch die Distfiles aus steps-guix/, wie es --build-guix-also von Upstream tut.</translation>
    </message>
    <message>
        <source>The distfiles folder (default: CHECKOUT/distfiles).</source>
        <translation>Der Distfiles-Ordner (Standard: CHECKOUT/distfiles).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Hash every distfile, neither trusting nor updating the hash cache (~/.cache/payload-studio/sha256-cache).</source>
        <translation>Die Prüfsumme jedes Distfiles berechnen, ohne dem Prüfsummen-Cache zu vertrauen oder ihn zu aktualisieren (~/.cache/payload-studio/sha256-cache).</translation>
    </message>
    <message>
        <source>Try URL/&lt;file name&gt; before a distfile&apos;s own URLs; repeatable, tried in the order given.</source>
        <translation>URL/&lt;Dateiname&gt; vor den eigenen URLs eines Distfiles versuchen; wiederholbar, in der angegebenen Reihenfolge versucht.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A live-bootstrap checkout (the folder holding steps/).</source>
        <translation>Ein live-bootstrap-Checkout (der Ordner, der steps/ enthält).</translation>
    </message>
    <message>
        <source>--split-at needs the name of an improve step, such as get_network</source>
        <translation>--split-at benötigt den Namen eines improve-Schritts, etwa get_network</translation>
    </message>
    <message>
        <source>--mirror needs an http, https or ftp URL, not &quot;%1&quot;</source>
        <translation>--mirror benötigt eine http-, https- oder ftp-URL, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: not a folder; --distfiles needs the folder that holds the distfiles</source>
        <translation>%1: kein Ordner; --distfiles benötigt den Ordner, der die Distfiles enthält</translation>
    </message>
    <message>
        <source>%1: no such folder: every distfile is missing</source>
        <translation>%1: Ordner existiert nicht: Alle Distfiles fehlen</translation>
    </message>
    <message>
        <source>the hash cache was not saved: %1</source>
        <translation>der Prüfsummen-Cache wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CheckoutBudget</name>
    <message>
        <source>Choose a split step to see the first image&apos;s budget.</source>
        <translation>Einen Aufteilungsschritt wählen, um das Budget des ersten Abbilds zu sehen.</translation>
    </message>
    <message>
        <source>The plan has errors (above), so the first image is not counted.</source>
        <translation>Der Plan hat Fehler (siehe oben), daher wird das erste Abbild nicht gezählt.</translation>
    </message>
    <message>
        <source>The first image fits builder-hex0: %1 files, %2</source>
        <extracomment>The tooltip of a split step: whether the first image fits, its files and bytes</extracomment>
        <translation>Das erste Abbild passt in builder-hex0: %1 Dateien, %2</translation>
    </message>
    <message>
        <source>The first image does not fit builder-hex0: %1 files, %2</source>
        <translation>Das erste Abbild passt nicht in builder-hex0: %1 Dateien, %2</translation>
    </message>
</context>
<context>
    <name>CheckoutDistfileModel</name>
    <message>
        <source>%1 (Guix)</source>
        <translation>%1 (Guix)</translation>
    </message>
    <message numerus="yes">
        <source>First image: %n distfile(s)</source>
        <translation>
            <numerusform>Erstes Abbild: %n Distfile</numerusform>
            <numerusform>Erstes Abbild: %n Distfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>external.img: %n distfile(s)</source>
        <translation>
            <numerusform>external.img: %n Distfile</numerusform>
            <numerusform>external.img: %n Distfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>The distfiles of the build steps before improve: %1, in manifest order</source>
        <translation>Die Distfiles der Build-Schritte vor improve: %1, in der Reihenfolge des Manifests</translation>
    </message>
    <message>
        <source>Every other distfile, one per file name, sorted by name as upstream writes external.img</source>
        <translation>Alle anderen Distfiles, eines pro Dateiname, nach Namen sortiert, so wie Upstream external.img schreibt</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>The download failed:</source>
        <translation>Das Herunterladen ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Tatsächlich: %1</translation>
    </message>
    <message>
        <source>— (mirrors only)</source>
        <translation>— (nur Spiegelserver)</translation>
    </message>
    <message>
        <source>The sources line gives no URL (“_”): only a mirror can provide this file.</source>
        <translation>Die sources-Zeile gibt keine URL an („_“): Nur ein Spiegelserver kann diese Datei bereitstellen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Expected SHA-256</source>
        <translation>Erwartete SHA-256</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Expected (%1):</source>
        <translation>Erwartet (%1):</translation>
    </message>
    <message>
        <source>Actual:</source>
        <translation>Tatsächlich:</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Wird heruntergeladen … %1</translation>
    </message>
    <message>
        <source>%1, cut short</source>
        <translation>%1, abgeschnitten</translation>
    </message>
    <message>
        <source>The file is %1.</source>
        <translation>Die Datei ist %1.</translation>
    </message>
</context>
<context>
    <name>CheckoutFinding</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>CheckoutImageBuilder</name>
    <message>
        <source>%1: wrong checksum: SHA-256 %2, the sources line (%3) says %4</source>
        <translation>%1: falsche Prüfsumme: SHA-256 %2, laut sources-Zeile (%3) %4</translation>
    </message>
    <message>
        <source>%1: missing (no URL; only a mirror can provide it)</source>
        <translation>%1: fehlt (keine URL; nur ein Spiegelserver kann es bereitstellen)</translation>
    </message>
    <message>
        <source>%1: missing (from %2)</source>
        <translation>%1: fehlt (Quelle: %2)</translation>
    </message>
    <message>
        <source>%1: unreadable: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the build was canceled; nothing was written</source>
        <translation>%1: die Erstellung wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n distfile(s) of the external image are missing or wrong; nothing was written</source>
        <translation>
            <numerusform>%1: %n Distfile des externen Abbilds fehlt oder ist falsch; es wurde nichts geschrieben</numerusform>
            <numerusform>%1: %n Distfiles des externen Abbilds fehlen oder sind falsch; es wurde nichts geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: verification was canceled; the image was removed</source>
        <translation>%1: die Prüfung wurde abgebrochen; das Abbild wurde entfernt</translation>
    </message>
    <message>
        <source>%1: the image read back differs from what was written; it was removed</source>
        <translation>%1: das zurückgelesene Abbild weicht vom Geschriebenen ab; es wurde entfernt</translation>
    </message>
</context>
<context>
    <name>CheckoutLayout</name>
    <message>
        <source>importer %1:%2: %3</source>
        <extracomment>%1 a file of the checkout, %2 its line number, %3 the line&apos;s text</extracomment>
        <translation>Importer %1:%2: %3</translation>
    </message>
    <message>
        <source>generator %1:%2: %3</source>
        <extracomment>%1 a file of the checkout, %2 its line number, %3 the line&apos;s text</extracomment>
        <translation>Generator %1:%2: %3</translation>
    </message>
    <message>
        <source>the checkout does not say; %1 assumed</source>
        <translation>der Checkout gibt es nicht an; %1 angenommen</translation>
    </message>
    <message>
        <source>%1 reads the count, name length or size with both read_u32le and read_u64le; it does not tell which layout it reads</source>
        <translation>%1 liest Anzahl, Namenslänge oder Größe sowohl mit read_u32le als auch mit read_u64le; daraus geht nicht hervor, welches Layout es liest</translation>
    </message>
    <message>
        <source>%1: _create_raw_container_image packs both 4-byte and 8-byte fields; it does not tell which layout it writes</source>
        <translation>%1: _create_raw_container_image packt sowohl 4-Byte- als auch 8-Byte-Felder; daraus geht nicht hervor, welches Layout es schreibt</translation>
    </message>
    <message>
        <source>the importer reads %1 (%2: %3) but the generator writes %4 (%5: %6); the importer reads the image at boot, so %1 is used</source>
        <translation>der Importer liest %1 (%2: %3), aber der Generator schreibt %4 (%5: %6); der Importer liest das Abbild beim Booten, daher wird %1 verwendet</translation>
    </message>
    <message>
        <source>the checkout has %1 importers (%2); %3, the highest version, is the one judged</source>
        <translation>der Checkout hat %1 Importer (%2); %3, die höchste Version, wird beurteilt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; it is not read</source>
        <translation>%1 ist größer als %2 Bytes; es wird nicht gelesen</translation>
    </message>
</context>
<context>
    <name>CheckoutPanel</name>
    <message>
        <source>Also &amp;Guix (steps-guix/)</source>
        <translation>Auch &amp;Guix (steps-guix/)</translation>
    </message>
    <message>
        <source>&amp;Split at improve:</source>
        <translation>Au&amp;fteilen bei improve:</translation>
    </message>
    <message>
        <source>Split step</source>
        <translation>Aufteilungsschritt</translation>
    </message>
    <message>
        <source>Choose a step…</source>
        <translation>Schritt auswählen…</translation>
    </message>
    <message>
        <source>The first image gets the distfiles of the build steps before this step; external.img gets all the others</source>
        <translation>Das erste Abbild erhält die Distfiles der Build-Schritte vor diesem Schritt; external.img erhält alle anderen</translation>
    </message>
    <message>
        <source>Add the distfiles of steps-guix/manifest to external.img (--build-guix-also)</source>
        <translation>Die Distfiles aus steps-guix/manifest zu external.img hinzufügen (--build-guix-also)</translation>
    </message>
    <message>
        <source>&amp;Distfiles:</source>
        <translation>&amp;Distfiles:</translation>
    </message>
    <message>
        <source>Distfiles folder</source>
        <translation>Distfiles-Ordner</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Look for the distfiles in another folder</source>
        <translation>Die Distfiles in einem anderen Ordner suchen</translation>
    </message>
    <message>
        <source>Filter by name, step, URL or status…</source>
        <translation>Nach Name, Schritt, URL oder Status filtern…</translation>
    </message>
    <message>
        <source>Filter distfiles</source>
        <translation>Distfiles filtern</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Distfiles</source>
        <translation>Distfiles</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Findings of the parse</source>
        <translation>Befunde beim Einlesen</translation>
    </message>
    <message>
        <source>Double-click to open the file</source>
        <translation>Doppelklicken, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>Extra files</source>
        <translation>Zusätzliche Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) downloaded.</source>
        <translation>
            <numerusform>%n Distfile heruntergeladen.</numerusform>
            <numerusform>%n Distfiles heruntergeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) downloaded</source>
        <translation>
            <numerusform>%n Distfile heruntergeladen</numerusform>
            <numerusform>%n Distfiles heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched (the status tooltip says why).</source>
        <translation>
            <numerusform>%n konnte nicht heruntergeladen werden (die Kurzinfo des Status nennt den Grund).</numerusform>
            <numerusform>%n konnten nicht heruntergeladen werden (die Kurzinfo des Status nennt den Grund).</numerusform>
        </translation>
    </message>
    <message>
        <source>Distfiles Folder</source>
        <translation>Distfiles-Ordner</translation>
    </message>
    <message>
        <source>steps/manifest has no improve: step, so there is nothing to split at.</source>
        <translation>steps/manifest enthält keinen improve:-Schritt, bei dem aufgeteilt werden könnte.</translation>
    </message>
    <message>
        <source>steps/manifest has no &lt;tt&gt;improve: import_payload&lt;/tt&gt;: choose the step to split at (upstream uses &lt;tt&gt;get_network&lt;/tt&gt; when there is no external image).</source>
        <translation>steps/manifest enthält kein &lt;tt&gt;improve: import_payload&lt;/tt&gt;: Wählen Sie den Schritt, bei dem aufgeteilt werden soll (Upstream verwendet &lt;tt&gt;get_network&lt;/tt&gt;, wenn es kein externes Abbild gibt).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The plan has %n error(s); upstream&apos;s generator would stop here:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Der Plan enthält %n Fehler; der Generator von Upstream würde hier abbrechen:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Der Plan enthält %n Fehler; der Generator von Upstream würde hier abbrechen:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>In the distfiles folder, but no sources line names it</source>
        <translation>Im Distfiles-Ordner, aber keine sources-Zeile nennt die Datei</translation>
    </message>
    <message>
        <source>Extra files (%1)</source>
        <translation>Zusätzliche Dateien (%1)</translation>
    </message>
    <message>
        <source>no distfiles</source>
        <translation>keine Distfiles</translation>
    </message>
    <message numerus="yes">
        <source>all %n OK (%1)</source>
        <translation>
            <numerusform>%n OK (%1)</numerusform>
            <numerusform>alle %n OK (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A count and a state word: &quot;3 missing&quot;, &quot;1 wrong checksum&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s): %1</source>
        <translation>
            <numerusform>%n Distfile: %1</numerusform>
            <numerusform>%n Distfiles: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;external.img&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;First image&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;external.img&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Erstes Abbild&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n extra file(s)</source>
        <translation>
            <numerusform>%n zusätzliche Datei</numerusform>
            <numerusform>%n zusätzliche Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the distfiles…</source>
        <translation>Die Distfiles werden geprüft…</translation>
    </message>
    <message>
        <source>Nothing to fetch: no distfile is missing or wrong.</source>
        <translation>Nichts herunterzuladen: Kein Distfile fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>No missing or wrong distfile has a URL to copy.</source>
        <translation>Kein fehlendes oder falsches Distfile hat eine URL zum Kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) copied to the clipboard, one per line.</source>
        <translation>
            <numerusform>%n URL in die Zwischenablage kopiert, eine pro Zeile.</numerusform>
            <numerusform>%n URLs in die Zwischenablage kopiert, eine pro Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Wird heruntergeladen … %1</translation>
    </message>
</context>
<context>
    <name>CheckoutSession</name>
    <message>
        <source>Checking the distfiles…</source>
        <translation>Die Distfiles werden geprüft…</translation>
    </message>
    <message>
        <source>Hashing %1…</source>
        <translation>Prüfsumme von %1 wird berechnet…</translation>
    </message>
    <message>
        <source>No URL: the sources line gives “_” and no mirror is set.</source>
        <translation>Keine URL: Die sources-Zeile gibt „_“ an, und es ist kein Spiegelserver eingestellt.</translation>
    </message>
    <message>
        <source>The distfiles folder %1 cannot be created.</source>
        <translation>Der Distfiles-Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading: %1 of %n file(s) done, %2 received</source>
        <translation>
            <numerusform>Herunterladen: %1 von %n Datei fertig, %2 empfangen</numerusform>
            <numerusform>Herunterladen: %1 von %n Dateien fertig, %2 empfangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutTabs</name>
    <message>
        <source>Not a live-bootstrap Checkout</source>
        <translation>Kein live-bootstrap-Checkout</translation>
    </message>
    <message>
        <source>%1 is not a live-bootstrap checkout.</source>
        <translation>%1 ist kein live-bootstrap-Checkout.</translation>
    </message>
    <message>
        <source>Choose the folder that holds steps/manifest (the top of a clone of live-bootstrap). %1</source>
        <translation>Wählen Sie den Ordner, der steps/manifest enthält (die oberste Ebene eines Klons von live-bootstrap). %1</translation>
    </message>
    <message>
        <source>Open live-bootstrap Checkout</source>
        <translation>live-bootstrap-Checkout öffnen</translation>
    </message>
    <message>
        <source>Open %1 as Payload List</source>
        <translation>%1 als Payload-Liste öffnen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>%1 COMMAND [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s</source>
        <translation>Diese Hilfe anzeigen, oder die eines Befehls</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Rückgabewerte:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>findings, mismatches or differences</source>
        <translation>Befunde, Abweichungen oder Unterschiede</translation>
    </message>
    <message>
        <source>usage error: the command line cannot be run as given</source>
        <translation>Aufruffehler: Die Befehlszeile kann so nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>I/O or format error</source>
        <translation>E/A- oder Formatfehler</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C); nothing half-written is left</source>
        <translation>unterbrochen (Ctrl-C); es bleibt nichts halb Geschriebenes zurück</translation>
    </message>
    <message>
        <source>IMAGE may be a file or a block device; &apos;-&apos; reads standard input for list, info, manifest and verify.</source>
        <translation>IMAGE kann eine Datei oder ein Blockgerät sein; &apos;-&apos; liest bei list, info, manifest und verify von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for a command&apos;s options and examples.</source>
        <translation>Führen Sie &apos;%1 help COMMAND&apos; oder &apos;%1 COMMAND --help&apos; aus, um die Optionen und Beispiele eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>no help for &quot;%1&quot;: there is no such command</source>
        <translation>keine Hilfe zu &quot;%1&quot;: Diesen Befehl gibt es nicht</translation>
    </message>
    <message>
        <source>Create, inspect, verify and convert live-bootstrap payload images (LBPAYLD1, external.img).</source>
        <translation>live-bootstrap-Payload-Abbilder (LBPAYLD1, external.img) erstellen, untersuchen, prüfen und umwandeln.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der folgenden Befehle.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>No progress line and no notes on standard error.</source>
        <translation>Keine Fortschrittszeile und keine Hinweise auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Try &apos;%1 %2 --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <source>missing argument; usage: %1 %2</source>
        <translation>fehlendes Argument; Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>too many arguments: &quot;%1&quot; is one too many</source>
        <translation>zu viele Argumente: &quot;%1&quot; ist eines zu viel</translation>
    </message>
    <message>
        <source>%1: no entry named &quot;%2&quot;</source>
        <translation>%1: kein Eintrag namens &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Name Already in the List</source>
        <translation>Name bereits in der Liste</translation>
    </message>
    <message>
        <source>The list already has an entry named &lt;b&gt;%1&lt;/b&gt;. An image can hold each name only once: the importer would overwrite one file with the other.</source>
        <translation>Die Liste enthält bereits einen Eintrag namens &lt;b&gt;%1&lt;/b&gt;. Ein Abbild kann jeden Namen nur einmal enthalten: Der Importer würde eine Datei mit der anderen überschreiben.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>In the list:</source>
        <translation>In der Liste:</translation>
    </message>
    <message>
        <source>Being added:</source>
        <translation>Wird hinzugefügt:</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other conflict(s) of this addition</source>
        <translation>
            <numerusform>Dasselbe für den %n weiteren Konflikt dieses Hinzufügens tun</numerusform>
            <numerusform>Dasselbe für die %n weiteren Konflikte dieses Hinzufügens tun</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Remove the entry in the list and add the new file</source>
        <translation>Den Eintrag in der Liste entfernen und die neue Datei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>Leave the list as it is and do not add the new file</source>
        <translation>Die Liste unverändert lassen und die neue Datei nicht hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Add the new file as “%1”</source>
        <translation>Die neue Datei als „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add none of the files</source>
        <translation>Keine der Dateien hinzufügen</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>the file ends before byte %1</source>
        <translation>die Datei endet vor Byte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file name, %2 what is wrong (&quot;cut short: the xz stream footer is missing; ...&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Rewrite an image in the other layout (u32 or u64)</source>
        <translation>Ein Abbild in das andere Layout umschreiben (u32 oder u64)</translation>
    </message>
    <message>
        <source>convert --layout u32|u64 -o OUT [--pad BYTES] [--force] IMAGE</source>
        <translation>convert --layout u32|u64 -o OUT [--pad BYTES] [--force] IMAGE</translation>
    </message>
    <message>
        <source>Writes the entries of IMAGE, unchanged and in the same order, as a new image in the given layout. The data is copied from IMAGE directly, without extracting it. Bytes after the last entry are not carried over. Entries the importer would reject are kept as they are; &apos;lbpayload verify&apos; tells. Converting to u32 fails when an entry has 4 GiB or more.</source>
        <translation>Schreibt die Einträge von IMAGE unverändert und in derselben Reihenfolge als neues Abbild im angegebenen Layout. Die Daten werden direkt aus IMAGE kopiert, ohne sie zu extrahieren. Bytes nach dem letzten Eintrag werden nicht übernommen. Einträge, die der Importer ablehnen würde, bleiben unverändert erhalten; &apos;lbpayload verify&apos; zeigt sie an. Die Umwandlung nach u32 schlägt fehl, wenn ein Eintrag 4 GiB oder größer ist.</translation>
    </message>
    <message>
        <source>A u32 image as u64, for the later upstream importer.</source>
        <translation>Ein u32-Abbild als u64, für den späteren Upstream-Importer.</translation>
    </message>
    <message>
        <source>Take an image off a disk in the u32 layout, replacing external.img.</source>
        <translation>Ein Abbild im u32-Layout von einem Datenträger holen; external.img wird ersetzt.</translation>
    </message>
    <message>
        <source>The image to write (required).</source>
        <translation>Das zu schreibende Abbild (erforderlich).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>The layout to write: u32 or u64 (required).</source>
        <translation>Das zu schreibende Layout: u32 oder u64 (erforderlich).</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>Zero-pad the image to a multiple of BYTES (suffixes K, M, G).</source>
        <translation>Das Abbild mit Nullen auf ein Vielfaches von BYTES auffüllen (Suffixe K, M, G).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls es existiert.</translation>
    </message>
    <message>
        <source>The image to convert: a file or a block device.</source>
        <translation>Das umzuwandelnde Abbild: eine Datei oder ein Blockgerät.</translation>
    </message>
    <message>
        <source>-o OUT is required: where should the converted image go?</source>
        <translation>-o OUT ist erforderlich: Wohin soll das umgewandelte Abbild geschrieben werden?</translation>
    </message>
    <message>
        <source>--layout is required: u32 or u64</source>
        <translation>--layout ist erforderlich: u32 oder u64</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;: use u32 or u64</source>
        <translation>unbekanntes Layout &quot;%1&quot;: Verwenden Sie u32 oder u64</translation>
    </message>
    <message>
        <source>convert needs a file or a block device; standard input cannot be converted</source>
        <translation>convert benötigt eine Datei oder ein Blockgerät; die Standardeingabe kann nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>--pad needs a positive byte count such as 512, 4K or 1M, not &quot;%1&quot;</source>
        <translation>--pad benötigt eine positive Byteanzahl wie 512, 4K oder 1M, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: is already %2; writing a copy</source>
        <translation>%1: ist bereits %2; eine Kopie wird geschrieben</translation>
    </message>
    <message>
        <source>%1: the %2 bytes after the last entry are not carried over</source>
        <translation>%1: die %2 Bytes nach dem letzten Eintrag werden nicht übernommen</translation>
    </message>
    <message>
        <source>%1: the importer would reject this image, and so the converted one; see &apos;lbpayload verify %1&apos;</source>
        <translation>%1: der Importer würde dieses Abbild ablehnen und damit auch das umgewandelte; siehe &apos;lbpayload verify %1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s), %2 bytes in all (%3 layout)</source>
        <translation>
            <numerusform>%1: %n Eintrag, %2 Bytes insgesamt (%3-Layout)</numerusform>
            <numerusform>%1: %n Einträge, %2 Bytes insgesamt (%3-Layout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Build an image from files, folders or an upstream list</source>
        <translation>Ein Abbild aus Dateien, Ordnern oder einer Upstream-Liste erstellen</translation>
    </message>
    <message>
        <source>create -o OUT [--layout u32|u64] [--sort] [--pad BYTES] [--manifest FILE [--manifest-format FORMAT]] [--from-list LIST | --from-tar ARCHIVE] [--recursive] [--force] [INPUT...]</source>
        <translation>create -o OUT [--layout u32|u64] [--sort] [--pad BYTES] [--manifest FILE [--manifest-format FORMAT]] [--from-list LIST | --from-tar ARCHIVE] [--recursive] [--force] [INPUT...]</translation>
    </message>
    <message>
        <source>Writes an image holding the given files. A folder adds its regular files, named after each file, in byte order of their names (sub-folders too with --recursive, still named after the file). --from-list reads upstream&apos;s list format, one &apos;&lt;name&gt; &lt;path&gt;&apos; a line. Entries keep the order given unless --sort orders them by name as upstream&apos;s generator does. Every rule is checked before anything is written: two entries with the same name, a name the importer rejects, a file too large for the layout. OUT appears only when complete, and an existing OUT is replaced only with --force. The default layout is u32, the design document&apos;s. --from-tar takes the regular members of a tar archive instead (plain or compressed, streamed without a temporary copy), each named after its file name; two members with the same file name are an error.</source>
        <translation>Schreibt ein Abbild mit den angegebenen Dateien. Ein Ordner fügt seine regulären Dateien hinzu, jeweils nach der Datei benannt, in Byte-Reihenfolge ihrer Namen (mit --recursive auch die von Unterordnern, weiterhin nach der Datei benannt). --from-list liest das Listenformat von Upstream, eine Zeile &apos;&lt;name&gt; &lt;path&gt;&apos; je Eintrag. Einträge behalten die angegebene Reihenfolge, sofern --sort sie nicht wie der Generator von Upstream nach Namen ordnet. Jede Regel wird geprüft, bevor etwas geschrieben wird: zwei Einträge mit demselben Namen, ein Name, den der Importer ablehnt, eine Datei, die für das Layout zu groß ist. OUT erscheint erst, wenn es vollständig ist, und ein vorhandenes OUT wird nur mit --force ersetzt. Das Standard-Layout ist u32, das des Designdokuments. --from-tar übernimmt stattdessen die regulären Archivmitglieder eines tar-Archivs (unkomprimiert oder komprimiert, ohne temporäre Kopie gestreamt), jeweils nach ihrem Dateinamen benannt; zwei Archivmitglieder mit demselben Dateinamen sind ein Fehler.</translation>
    </message>
    <message>
        <source>Every file of distfiles/, sorted like upstream&apos;s generator.</source>
        <translation>Alle Dateien aus distfiles/, sortiert wie vom Generator von Upstream.</translation>
    </message>
    <message>
        <source>From an upstream list, in the u64 layout, with a JSON manifest of every hash.</source>
        <translation>Aus einer Upstream-Liste, im u64-Layout, mit einem JSON-Manifest aller Prüfsummen.</translation>
    </message>
    <message>
        <source>Two files, zero-padded to whole MiB, replacing disk.img.</source>
        <translation>Zwei Dateien, mit Nullen auf ganze MiB aufgefüllt; disk.img wird ersetzt.</translation>
    </message>
    <message>
        <source>The regular files of a tarball, each named after its file name, sorted like upstream&apos;s generator.</source>
        <translation>Die regulären Dateien eines Tarballs, jeweils nach ihrem Dateinamen benannt, sortiert wie vom Generator von Upstream.</translation>
    </message>
    <message>
        <source>The image to write (required).</source>
        <translation>Das zu schreibende Abbild (erforderlich).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>u32 (default) or u64; u64 is needed for files of 4 GiB or more.</source>
        <translation>u32 (Standard) oder u64; u64 wird für Dateien ab 4 GiB benötigt.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>Order entries by name (Unicode code points), as upstream&apos;s generator does.</source>
        <translation>Einträge nach Namen ordnen (Unicode-Codepunkte), wie es der Generator von Upstream tut.</translation>
    </message>
    <message>
        <source>Zero-pad the image to a multiple of BYTES (suffixes K, M, G: powers of 1024).</source>
        <translation>Das Abbild mit Nullen auf ein Vielfaches von BYTES auffüllen (Suffixe K, M, G: Potenzen von 1024).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Also write a manifest with every entry&apos;s SHA-256 to FILE.</source>
        <translation>Zusätzlich ein Manifest mit der SHA-256-Prüfsumme jedes Eintrags nach FILE schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>json, tsv or sha256 (default: from FILE&apos;s extension .json, .tsv or .sha256; else json).</source>
        <translation>json, tsv oder sha256 (Standard: nach der Endung von FILE, .json, .tsv oder .sha256; sonst json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Add the entries of an upstream list file (&apos;-&apos;: standard input); repeatable.</source>
        <translation>Die Einträge einer Upstream-Listendatei hinzufügen (&apos;-&apos;: Standardeingabe); wiederholbar.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Add the files of sub-folders too.</source>
        <translation>Auch die Dateien von Unterordnern hinzufügen.</translation>
    </message>
    <message>
        <source>Instead of INPUTs: the regular members of tar ARCHIVE (plain, gz, bz2, xz, lzma or zst), each named after its file name; folders and links are skipped.</source>
        <translation>Statt INPUTs: die regulären Archivmitglieder des tar-Archivs ARCHIVE (unkomprimiert, gz, bz2, xz, lzma oder zst), jeweils nach ihrem Dateinamen benannt; Ordner und Verknüpfungen werden übersprungen.</translation>
    </message>
    <message>
        <source>ARCHIVE</source>
        <translation>ARCHIVE</translation>
    </message>
    <message>
        <source>Replace OUT and the manifest file if they exist.</source>
        <translation>OUT und die Manifestdatei ersetzen, falls sie existieren.</translation>
    </message>
    <message>
        <source>Files and folders to add, in this order.</source>
        <translation>Hinzuzufügende Dateien und Ordner, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>-o OUT is required: where should the image go?</source>
        <translation>-o OUT ist erforderlich: Wohin soll das Abbild geschrieben werden?</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;: use u32 or u64</source>
        <translation>unbekanntes Layout &quot;%1&quot;: Verwenden Sie u32 oder u64</translation>
    </message>
    <message>
        <source>--pad needs a positive byte count such as 512, 4K or 1M, not &quot;%1&quot;</source>
        <translation>--pad benötigt eine positive Byteanzahl wie 512, 4K oder 1M, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--manifest-format needs --manifest FILE</source>
        <translation>--manifest-format benötigt --manifest FILE</translation>
    </message>
    <message>
        <source>unknown manifest format &quot;%1&quot;: use json, tsv or sha256</source>
        <translation>unbekanntes Manifestformat &quot;%1&quot;: Verwenden Sie json, tsv oder sha256</translation>
    </message>
    <message>
        <source>--from-tar takes no other inputs: give the tar archive alone</source>
        <translation>--from-tar akzeptiert keine weiteren Eingaben: Geben Sie nur das tar-Archiv an</translation>
    </message>
    <message>
        <source>--recursive has no meaning with --from-tar</source>
        <translation>--recursive hat mit --from-tar keine Bedeutung</translation>
    </message>
    <message>
        <source>the tar archive and the image cannot be the same file</source>
        <translation>das tar-Archiv und das Abbild können nicht dieselbe Datei sein</translation>
    </message>
    <message>
        <source>the manifest cannot be the image or the tar archive</source>
        <translation>das Manifest kann nicht das Abbild oder das tar-Archiv sein</translation>
    </message>
    <message>
        <source>nothing to put in the image: give files, folders or --from-list</source>
        <translation>nichts für das Abbild vorhanden: Geben Sie Dateien, Ordner oder --from-list an</translation>
    </message>
    <message>
        <source>the manifest and the image cannot be the same file</source>
        <translation>das Manifest und das Abbild können nicht dieselbe Datei sein</translation>
    </message>
    <message>
        <source>%1: left out of its own inputs</source>
        <translation>%1: aus den eigenen Eingaben ausgelassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: entry %2 &quot;%3&quot; (%4): %5</source>
        <translation>%1: Eintrag %2 &quot;%3&quot; (%4): %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s), %2 of data, %3 bytes in all (%4 layout)</source>
        <translation>
            <numerusform>%1: %n Eintrag, %2 an Daten, %3 Bytes insgesamt (%4-Layout)</numerusform>
            <numerusform>%1: %n Einträge, %2 an Daten, %3 Bytes insgesamt (%4-Layout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateFromTar</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a folder; --from-tar needs a tar archive</source>
        <translation>%1: ist ein Ordner; --from-tar benötigt ein tar-Archiv</translation>
    </message>
    <message>
        <source>%1: canceled while reading the tar; nothing was written</source>
        <translation>%1: beim Lesen des tar-Archivs abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: skipped %n member(s) that are not regular files (folders, links, devices)</source>
        <translation>
            <numerusform>%1: %n Archivmitglied übersprungen, das keine reguläre Datei ist (Ordner, Verknüpfungen, Geräte)</numerusform>
            <numerusform>%1: %n Archivmitglieder übersprungen, die keine regulären Dateien sind (Ordner, Verknüpfungen, Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; (entry &quot;%3&quot;): %4</source>
        <translation>%1: Archivmitglied &quot;%2&quot; (Eintrag &quot;%3&quot;): %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) from %2, %3 of data, %4 bytes in all (%5 layout)</source>
        <translation>
            <numerusform>%1: %n Eintrag aus %2, %3 Daten, insgesamt %4 Bytes (Layout %5)</numerusform>
            <numerusform>%1: %n Einträge aus %2, %3 Daten, insgesamt %4 Bytes (Layout %5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecompressedStream</name>
    <message>
        <source>the data cannot be read: %1</source>
        <translation>die Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this build of KArchive has no %1 decompressor</source>
        <translation>diese KArchive-Version hat keinen %1-Dekompressor</translation>
    </message>
    <message>
        <source>KArchive cannot start a %1 decompressor</source>
        <translation>KArchive kann keinen %1-Dekompressor starten</translation>
    </message>
    <message>
        <source>the %1 data ends before the end of its stream</source>
        <translation>die %1-Daten enden vor dem Ende ihres Datenstroms</translation>
    </message>
    <message>
        <source>the data ends early</source>
        <translation>die Daten enden vorzeitig</translation>
    </message>
    <message>
        <source>the %1 data is corrupt</source>
        <translation>die %1-Daten sind beschädigt</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Show entries added, removed, changed or renamed between two images or an image and a folder</source>
        <translation>Hinzugefügte, entfernte, geänderte oder umbenannte Einträge zwischen zwei Abbildern oder einem Abbild und einem Ordner anzeigen</translation>
    </message>
    <message>
        <source>diff [--recursive] A B</source>
        <translation>diff [--recursive] A B</translation>
    </message>
    <message>
        <source>What changed between two images.</source>
        <translation>Was sich zwischen zwei Abbildern geändert hat.</translation>
    </message>
    <message>
        <source>Does the image still hold exactly the files of distfiles/?</source>
        <translation>Enthält das Abbild noch genau die Dateien aus distfiles/?</translation>
    </message>
    <message>
        <source>For a folder, include the files of its sub-folders.</source>
        <translation>Bei einem Ordner auch die Dateien seiner Unterordner einbeziehen.</translation>
    </message>
    <message>
        <source>The old side: an image (file or block device) or a folder.</source>
        <translation>Die alte Seite: ein Abbild (Datei oder Blockgerät) oder ein Ordner.</translation>
    </message>
    <message>
        <source>The new side: an image (file or block device) or a folder.</source>
        <translation>Die neue Seite: ein Abbild (Datei oder Blockgerät) oder ein Ordner.</translation>
    </message>
    <message>
        <source>diff needs files, block devices or folders; standard input cannot be compared</source>
        <translation>diff benötigt Dateien, Blockgeräte oder Ordner; die Standardeingabe kann nicht verglichen werden</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 renamed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 umbenannt</translation>
    </message>
    <message>
        <source>Compares the entries of A with those of B; each may be an image or a folder (whose regular files count as entries, named after the file). Prints one line per difference, sorted by name: &apos;A&lt;TAB&gt;name&apos; added in B, &apos;D&lt;TAB&gt;name&apos; missing from B, &apos;M&lt;TAB&gt;name&apos; changed in size or SHA-256, &apos;R&lt;TAB&gt;old&lt;TAB&gt;new&apos; renamed (the same bytes under a new name). A name stored twice counts as its last entry, as in the importer. Only entries whose size leaves the question open are hashed. Exits with 0 when there is no difference and 1 when there is. A first boot disk (init.img, builder-hex0) counts with its files, named by their paths in the script.</source>
        <translation>Vergleicht die Einträge von A mit denen von B; beide können ein Abbild oder ein Ordner sein (dessen reguläre Dateien als Einträge zählen, nach der Datei benannt). Gibt eine Zeile pro Unterschied aus, nach Namen sortiert: &apos;A&lt;TAB&gt;name&apos; in B hinzugefügt, &apos;D&lt;TAB&gt;name&apos; fehlt in B, &apos;M&lt;TAB&gt;name&apos; in Größe oder SHA-256 geändert, &apos;R&lt;TAB&gt;old&lt;TAB&gt;new&apos; umbenannt (dieselben Bytes unter einem neuen Namen). Ein doppelt gespeicherter Name zählt wie beim Importer als sein letzter Eintrag. Nur für Einträge, bei denen die Größe die Frage offen lässt, wird eine Prüfsumme berechnet. Beendet sich mit 0, wenn es keinen Unterschied gibt, und mit 1, wenn es einen gibt. Ein erster Boot-Datenträger (init.img, builder-hex0) zählt mit seinen Dateien, benannt nach ihren Pfaden im Skript.</translation>
    </message>
</context>
<context>
    <name>DiffSide</name>
    <message>
        <source>%1: canceled while hashing</source>
        <translation>%1: beim Berechnen der Prüfsumme abgebrochen</translation>
    </message>
</context>
<context>
    <name>DiskChooserDialog</name>
    <message>
        <source>Write to Disk</source>
        <translation>Auf Datenträger schreiben</translation>
    </message>
    <message>
        <source>Write &lt;b&gt;%1&lt;/b&gt; (%2) to a whole disk. live-bootstrap reads it from a second disk on bare metal; everything on the chosen disk is replaced.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) auf einen ganzen Datenträger schreiben. live-bootstrap liest es auf echter Hardware von einem zweiten Datenträger; alles auf dem gewählten Datenträger wird ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Verify after writing (read the disk back and compare every entry)</source>
        <translation>Nach dem Schreiben &amp;prüfen (Datenträger zurücklesen und jeden Eintrag vergleichen)</translation>
    </message>
    <message>
        <source>&amp;Zero the rest of the last MiB, so no old data follows the image</source>
        <translation>Rest des letzten MiB mit &amp;Nullen füllen, damit keine alten Daten auf das Abbild folgen</translation>
    </message>
    <message>
        <source>Show &amp;loop devices</source>
        <translation>&amp;Loop-Geräte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Schreiben…</translation>
    </message>
    <message>
        <source>No disks found. Plug in a USB stick or disk; the list follows.</source>
        <translation>Keine Datenträger gefunden. Schließen Sie einen USB-Stick oder Datenträger an; die Liste aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <source>None of these disks can be written to; point at one to see why. Plug in a USB stick or disk; the list follows.</source>
        <translation>Keiner dieser Datenträger kann beschrieben werden; zeigen Sie auf einen, um den Grund zu sehen. Schließen Sie einen USB-Stick oder Datenträger an; die Liste aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <source>Greyed disks cannot be written to; point at one to see why.</source>
        <translation>Ausgegraute Datenträger können nicht beschrieben werden; zeigen Sie auf einen, um den Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>DiskEnumerator</name>
    <message>
        <source>%1: cannot list the disks: the folder does not exist</source>
        <translation>%1: die Datenträger können nicht aufgelistet werden: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot tell whether it is in use: %2 cannot be read</source>
        <translation>%1: es lässt sich nicht feststellen, ob der Datenträger in Benutzung ist: %2 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>DiskListModel</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Connected by USB</source>
        <translation>Über USB angeschlossen</translation>
    </message>
    <message>
        <source>Removable medium</source>
        <translation>Wechselmedium</translation>
    </message>
    <message>
        <source>Cannot be written to: %1</source>
        <translation>Kann nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <source>Everything on it will be replaced by the image.</source>
        <translation>Alles darauf wird durch das Abbild ersetzt.</translation>
    </message>
</context>
<context>
    <name>DiskPairCheck</name>
    <message>
        <source>The check of the two disks was canceled.</source>
        <translation>Die Prüfung der beiden Datenträger wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 breaks builder-hex0&apos;s rules itself (see its findings)</source>
        <translation>%1 verletzt schon für sich allein die Regeln von builder-hex0 (siehe seine Befunde)</translation>
    </message>
    <message>
        <source>%1 would be refused by the importer itself (see its findings)</source>
        <translation>%1 würde schon für sich allein vom Importer abgelehnt (siehe seine Befunde)</translation>
    </message>
    <message>
        <source>The checkout does not say which layout its importer reads; %1&apos;s layout (%2) was not checked.</source>
        <translation>Der Checkout gibt nicht an, welches Layout sein Importer liest; das Layout von %1 (%2) wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 is in the %2 layout, but the checkout&apos;s importer reads %3 (%4): the boot would stop at improve: import_payload</source>
        <translation>%1 liegt im Layout %2 vor, aber der Importer des Checkouts liest %3 (%4): Der Bootvorgang würde bei improve: import_payload anhalten</translation>
    </message>
    <message>
        <source>%1 is in the %2 layout, which the checkout&apos;s importer reads (%3).</source>
        <translation>%1 liegt im Layout %2 vor, das der Importer des Checkouts liest (%3).</translation>
    </message>
    <message>
        <source>%1 is needed before improve: %2 but is only on %3, which is read after it</source>
        <translation>%1 wird vor improve: %2 benötigt, liegt aber nur auf %3, das erst danach gelesen wird</translation>
    </message>
    <message>
        <source>%1 is not in %2&apos;s external/distfiles/</source>
        <translation>%1 ist nicht in external/distfiles/ von %2</translation>
    </message>
    <message>
        <source>%1 in %2 (record %3 at byte %4) has SHA-256 %5; %6 expects %7</source>
        <translation>%1 in %2 (Datensatz %3 bei Byte %4) hat SHA-256 %5; %6 erwartet %7</translation>
    </message>
    <message>
        <source>%1 is not in %2 (it is in %3, but the build looks for it on the external disk&apos;s import)</source>
        <translation>%1 ist nicht in %2 (es ist in %3, aber der Build sucht es beim Import vom externen Datenträger)</translation>
    </message>
    <message>
        <source>%1 is on neither disk</source>
        <translation>%1 ist auf keinem der beiden Datenträger</translation>
    </message>
    <message>
        <source>%1 in %2 (entry %3 at byte %4) has SHA-256 %5; %6 expects %7</source>
        <translation>%1 in %2 (Eintrag %3 bei Byte %4) hat SHA-256 %5; %6 erwartet %7</translation>
    </message>
    <message>
        <source>%1 is in the checkout but not in %2: the image is older than the checkout</source>
        <translation>%1 ist im Checkout, aber nicht in %2: Das Abbild ist älter als der Checkout</translation>
    </message>
    <message>
        <source>%1 in %2 (record %3 at byte %4) differs from the checkout&apos;s: the image is stale</source>
        <translation>%1 in %2 (Datensatz %3 bei Byte %4) weicht von dem des Checkouts ab: Das Abbild ist veraltet</translation>
    </message>
    <message>
        <source>%1 in %2 (record %3 at byte %4) is not in the checkout: the image was made from another one</source>
        <translation>%1 in %2 (Datensatz %3 bei Byte %4) ist nicht im Checkout: Das Abbild wurde aus einem anderen erstellt</translation>
    </message>
</context>
<context>
    <name>DiskPairDialog</name>
    <message>
        <source>Missing distfile</source>
        <translation>Fehlendes Distfile</translation>
    </message>
    <message>
        <source>Wrong checksum</source>
        <translation>Falsche Prüfsumme</translation>
    </message>
    <message>
        <source>On the wrong disk</source>
        <translation>Auf dem falschen Datenträger</translation>
    </message>
    <message>
        <source>Wrong layout</source>
        <translation>Falsches Layout</translation>
    </message>
    <message>
        <source>Changed step file</source>
        <translation>Geänderte Schrittdatei</translation>
    </message>
    <message>
        <source>Missing step file</source>
        <translation>Fehlende Schrittdatei</translation>
    </message>
    <message>
        <source>Step file not in checkout</source>
        <translation>Schrittdatei nicht im Checkout</translation>
    </message>
    <message>
        <source>First image broken</source>
        <translation>Erstes Abbild beschädigt</translation>
    </message>
    <message>
        <source>External image broken</source>
        <translation>Externes Abbild beschädigt</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check Both Disks</source>
        <translation>Beide Datenträger prüfen</translation>
    </message>
    <message>
        <source>Do the first disk (init.img) and the external disk (external.img) boot together from this checkout? Every distfile must be on the disk its half of the build reads, with its checksum; external.img must be in the layout the checkout&apos;s importer reads; and init.img&apos;s steps/ must be the checkout&apos;s.</source>
        <translation>Booten der erste Datenträger (init.img) und der externe Datenträger (external.img) gemeinsam aus diesem Checkout? Jedes Distfile muss mit seiner Prüfsumme auf dem Datenträger liegen, den seine Hälfte des Builds liest; external.img muss im Layout vorliegen, das der Importer des Checkouts liest; und steps/ von init.img muss dem des Checkouts entsprechen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>C&amp;heckout:</source>
        <translation>&amp;Checkout:</translation>
    </message>
    <message>
        <source>Checkout folder</source>
        <translation>Checkout-Ordner</translation>
    </message>
    <message>
        <source>Split step</source>
        <translation>Aufteilungsschritt</translation>
    </message>
    <message>
        <source>&amp;Split at improve:</source>
        <translation>Au&amp;fteilen bei improve:</translation>
    </message>
    <message>
        <source>&amp;First disk:</source>
        <translation>&amp;Erster Datenträger:</translation>
    </message>
    <message>
        <source>First disk image</source>
        <translation>Abbild des ersten Datenträgers</translation>
    </message>
    <message>
        <source>E&amp;xternal disk:</source>
        <translation>E&amp;xterner Datenträger:</translation>
    </message>
    <message>
        <source>External disk image</source>
        <translation>Abbild des externen Datenträgers</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Choose the Checkout</source>
        <translation>Checkout auswählen</translation>
    </message>
    <message>
        <source>Choose a Disk Image</source>
        <translation>Datenträgerabbild auswählen</translation>
    </message>
    <message>
        <source>Disk images (*.img);;All files (*)</source>
        <translation>Datenträgerabbilder (*.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Checking both disks…</source>
        <translation>Beide Datenträger werden geprüft…</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>These disks belong together and to this checkout.</source>
        <translation>Diese Datenträger gehören zusammen und zu diesem Checkout.</translation>
    </message>
    <message numerus="yes">
        <source>These disks do not boot together: %n problem(s).</source>
        <translation>
            <numerusform>Diese Datenträger booten nicht gemeinsam: %n Problem.</numerusform>
            <numerusform>Diese Datenträger booten nicht gemeinsam: %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared: distfiles on the first disk %1, on the external disk %2; step files %3.</source>
        <translation>Verglichen: Distfiles auf dem ersten Datenträger %1, auf dem externen Datenträger %2; Schrittdateien %3.</translation>
    </message>
</context>
<context>
    <name>DiskRefusal</name>
    <message>
        <source>%1 holds %2 of the running system</source>
        <translation>%1 enthält %2 des laufenden Systems</translation>
    </message>
    <message>
        <source>%1 has mounted file systems (%2); unmount them first</source>
        <translation>%1 hat eingehängte Dateisysteme (%2); hängen Sie sie zuerst aus</translation>
    </message>
    <message>
        <source>%1 holds a swap area in use; turn it off (swapoff) first</source>
        <translation>%1 enthält einen aktiven Swap-Bereich; deaktivieren Sie ihn zuerst (swapoff)</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (device mapper, LVM, encryption or RAID)</source>
        <translation>%1 wird von %2 verwendet (Device Mapper, LVM, Verschlüsselung oder RAID)</translation>
    </message>
    <message>
        <source>%1 has no medium (size 0)</source>
        <translation>%1 enthält kein Medium (Größe 0)</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 is too small: %2 bytes, the image needs %3</source>
        <translation>%1 ist zu klein: %2 Bytes, das Abbild benötigt %3</translation>
    </message>
</context>
<context>
    <name>DiskWriteController</name>
    <message>
        <source>Reading the disk back</source>
        <translation>Der Datenträger wird zurückgelesen</translation>
    </message>
    <message>
        <source>Writing to the disk</source>
        <translation>Der Datenträger wird beschrieben</translation>
    </message>
    <message>
        <source>Erase the Disk?</source>
        <translation>Datenträger löschen?</translation>
    </message>
    <message>
        <source>Write %1 to &lt;b&gt;%2&lt;/b&gt; (%3, %4)?</source>
        <translation>%1 auf &lt;b&gt;%2&lt;/b&gt; (%3, %4) schreiben?</translation>
    </message>
    <message>
        <source>Everything on this disk will be lost. Check that it is the disk you mean.</source>
        <translation>Alle Daten auf diesem Datenträger gehen verloren. Vergewissern Sie sich, dass es der richtige Datenträger ist.</translation>
    </message>
    <message>
        <source>&amp;Erase and Write</source>
        <translation>&amp;Löschen und schreiben</translation>
    </message>
    <message>
        <source>Writing %1 to %2</source>
        <translation>%1 wird auf %2 geschrieben</translation>
    </message>
    <message>
        <source>Stop writing? The disk will not hold a valid image until it is written again.</source>
        <translation>Schreiben stoppen? Der Datenträger enthält erst wieder ein gültiges Abbild, wenn er erneut beschrieben wird.</translation>
    </message>
</context>
<context>
    <name>DiskWriteResult</name>
    <message>
        <source>%1: nothing was written</source>
        <translation>%1: es wurde nichts geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: the read-back differs from the image in %n place(s)</source>
        <translation>
            <numerusform>%1: die zurückgelesenen Daten weichen an %n Stelle vom Abbild ab</numerusform>
            <numerusform>%1: die zurückgelesenen Daten weichen an %n Stellen vom Abbild ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>device path: what was done (see writtenText())</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>written and verified: %n entry(s) read back with the image&apos;s SHA-256</source>
        <translation>
            <numerusform>geschrieben und geprüft: %n Eintrag mit der SHA-256 des Abbilds zurückgelesen</numerusform>
            <numerusform>geschrieben und geprüft: %n Einträge mit der SHA-256 des Abbilds zurückgelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>written, not verified</source>
        <translation>geschrieben, nicht geprüft</translation>
    </message>
</context>
<context>
    <name>DiskWriteResultDialog</name>
    <message>
        <source>Image: %1 (%2)</source>
        <translation>Abbild: %1 (%2)</translation>
    </message>
    <message>
        <source>Disk: %1, %2 (%3)</source>
        <translation>Datenträger: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Written: %1 in %2, %3, %4</source>
        <translation>Geschrieben: %1 in %2, %3, %4</translation>
    </message>
    <message>
        <source>direct I/O</source>
        <translation>direkte E/A</translation>
    </message>
    <message>
        <source>through the page cache, then synced</source>
        <translation>über den Seitencache, dann synchronisiert</translation>
    </message>
    <message>
        <source>Zeros after the image: %1</source>
        <translation>Nullen nach dem Abbild: %1</translation>
    </message>
    <message>
        <source>Read back: %1 in %2, %3</source>
        <translation>Zurückgelesen: %1 in %2, %3</translation>
    </message>
    <message>
        <source>past the page cache (direct I/O)</source>
        <translation>am Seitencache vorbei (direkte E/A)</translation>
    </message>
    <message>
        <source>after dropping the page cache</source>
        <translation>nach dem Verwerfen des Seitencaches</translation>
    </message>
    <message>
        <source>Entries compared by SHA-256: %1</source>
        <translation>Per SHA-256 verglichene Einträge: %1</translation>
    </message>
    <message>
        <source>Header, name and padding bytes compared: %1</source>
        <translation>Verglichene Header-, Namens- und Auffüllungsbytes: %1</translation>
    </message>
    <message>
        <source>Not verified: the disk was not read back.</source>
        <translation>Nicht geprüft: Der Datenträger wurde nicht zurückgelesen.</translation>
    </message>
    <message>
        <source>Payload Studio may not open %1 for writing. Start it as a user who may write to the disk (root, or a member of the group that owns the device, often &lt;i&gt;disk&lt;/i&gt;), or write from a terminal with &lt;tt&gt;sudo lbpayload write %2 %1&lt;/tt&gt;. It never asks for a password itself.</source>
        <translation>Payload Studio darf %1 nicht zum Schreiben öffnen. Starten Sie es als Benutzer, der auf den Datenträger schreiben darf (root oder ein Mitglied der Gruppe, der das Gerät gehört, oft &lt;i&gt;disk&lt;/i&gt;), oder schreiben Sie in einem Terminal mit &lt;tt&gt;sudo lbpayload write %2 %1&lt;/tt&gt;. Payload Studio fragt selbst nie nach einem Passwort.</translation>
    </message>
    <message>
        <source>Written and verified</source>
        <translation>Geschrieben und geprüft</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>The disk does not read back as the image</source>
        <translation>Der Datenträger stimmt beim Zurücklesen nicht mit dem Abbild überein</translation>
    </message>
    <message>
        <source>Writing was canceled</source>
        <translation>Das Schreiben wurde abgebrochen</translation>
    </message>
    <message>
        <source>This disk cannot be written to</source>
        <translation>Dieser Datenträger kann nicht beschrieben werden</translation>
    </message>
    <message>
        <source>No permission to write to the disk</source>
        <translation>Keine Berechtigung zum Schreiben auf den Datenträger</translation>
    </message>
    <message>
        <source>Writing failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DiskWriter</name>
    <message>
        <source>nothing was written to %1</source>
        <translation>auf %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>nothing was written to %1; it is as it was</source>
        <translation>auf %1 wurde nichts geschrieben; der Datenträger ist unverändert</translation>
    </message>
    <message>
        <source>the first %1 bytes were written, of which the first %2 are zero so that the importer does not take %3 for an image; the disk does not hold a valid image</source>
        <translation>die ersten %1 Bytes wurden geschrieben, davon die ersten %2 als Nullen, damit der Importer %3 nicht für ein Abbild hält; der Datenträger enthält kein gültiges Abbild</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a regular file, not a disk</source>
        <translation>%1 ist eine reguläre Datei, kein Datenträger</translation>
    </message>
    <message>
        <source>%1 is the image itself</source>
        <translation>%1 ist das Abbild selbst</translation>
    </message>
    <message>
        <source>%1 is not a block device</source>
        <translation>%1 ist kein Blockgerät</translation>
    </message>
    <message>
        <source>%1 is a partition of %2/%3; the importer reads whole disks only, so write to the disk</source>
        <translation>%1 ist eine Partition von %2/%3; der Importer liest nur ganze Datenträger, schreiben Sie daher auf den Datenträger selbst</translation>
    </message>
    <message>
        <source>%1 (device %2) is not listed in %3/block, so whether it is in use cannot be checked</source>
        <translation>%1 (Gerät %2) ist nicht in %3/block aufgeführt, daher kann nicht geprüft werden, ob es in Benutzung ist</translation>
    </message>
    <message>
        <source>%1: cannot write at byte %2: %3</source>
        <translation>%1: bei Byte %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: permission denied: writing to a disk needs the right to open it for writing; run the program as a user who may (root, or a member of the group that owns %1, often &quot;disk&quot;)</source>
        <translation>%1: Zugriff verweigert: Um auf einen Datenträger zu schreiben, ist das Recht nötig, ihn zum Schreiben zu öffnen; führen Sie das Programm als Benutzer aus, der dies darf (root oder ein Mitglied der Gruppe, der %1 gehört, oft &quot;disk&quot;)</translation>
    </message>
    <message>
        <source>%1: the disk is in use (mounted, or held by another program)</source>
        <translation>%1: der Datenträger ist in Benutzung (eingehängt oder von einem anderen Programm belegt)</translation>
    </message>
    <message>
        <source>%1: cannot open for writing: %2</source>
        <translation>%1: kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: out of memory for the write buffer</source>
        <translation>%1: nicht genug Speicher für den Schreibpuffer</translation>
    </message>
    <message>
        <source>%1: cannot sync: %2</source>
        <translation>%1: kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 may have lost its first %2 bytes; it does not hold a valid image</source>
        <translation>%1 hat möglicherweise seine ersten %2 Bytes verloren; der Datenträger enthält kein gültiges Abbild</translation>
    </message>
    <message>
        <source>the file is shorter than when it was opened</source>
        <translation>die Datei ist kürzer als beim Öffnen</translation>
    </message>
    <message>
        <source>%1: cannot read at byte %2: %3</source>
        <translation>%1: bei Byte %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: canceled at byte %2 of %3</source>
        <translation>%1: abgebrochen bei Byte %2 von %3</translation>
    </message>
    <message>
        <source>%1 holds the image (%2 bytes); it was not read back</source>
        <translation>%1 enthält das Abbild (%2 Bytes); der Datenträger wurde nicht zurückgelesen</translation>
    </message>
    <message>
        <source>%1 holds the image as written; it could not be verified</source>
        <translation>%1 enthält das Abbild wie geschrieben; es konnte nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>%n more difference(s) not listed</source>
        <translation>
            <numerusform>%n weitere Abweichung nicht aufgeführt</numerusform>
            <numerusform>%n weitere Abweichungen nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds the image as written; the verification did not finish</source>
        <translation>%1 enthält das Abbild wie geschrieben; die Prüfung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 does not read back as the image; do not boot from it</source>
        <translation>%1 stimmt beim Zurücklesen nicht mit dem Abbild überein; booten Sie nicht davon</translation>
    </message>
    <message>
        <source>%1 holds the image; every entry&apos;s SHA-256 and every header byte read back as written</source>
        <translation>%1 enthält das Abbild; die SHA-256 jedes Eintrags und jedes Header-Byte wurden so zurückgelesen, wie sie geschrieben wurden</translation>
    </message>
    <message>
        <source>%1: the script cannot be read to its end</source>
        <translation>%1: das Skript kann nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>record %1 &quot;%2&quot; at byte %3</source>
        <translation>Datensatz %1 &quot;%2&quot; bei Byte %3</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot; at byte %3</source>
        <translation>Eintrag %1 &quot;%2&quot; bei Byte %3</translation>
    </message>
</context>
<context>
    <name>DisksCommand</name>
    <message>
        <source>List the disks an image could be written to, and why the others cannot</source>
        <translation>Die Datenträger auflisten, auf die ein Abbild geschrieben werden könnte, und angeben, warum die übrigen nicht</translation>
    </message>
    <message>
        <source>disks [--json] [--loop] [--image IMAGE]</source>
        <translation>disks [--json] [--loop] [--image IMAGE]</translation>
    </message>
    <message>
        <source>Lists every whole disk (partitions, RAM disks and, without --loop, loop devices are left out) with its size, model and whether it is removable or on USB, and says for each whether &apos;lbpayload write&apos; would write to it. A disk is refused when it holds / or /boot, has a mounted file system or a swap area in use (on itself, a partition or a device stacked on them), is claimed by device mapper or RAID, is read-only or has no medium; with --image, also when it is smaller than the image. Exits with 0, or 3 when the disks cannot be listed.</source>
        <translation>Listet jeden ganzen Datenträger (Partitionen, RAM-Disks und, ohne --loop, Loop-Geräte werden ausgelassen) mit Größe, Modell und der Angabe auf, ob er ein Wechselmedium ist oder über USB angeschlossen ist, und sagt für jeden, ob &apos;lbpayload write&apos; darauf schreiben würde. Ein Datenträger wird abgelehnt, wenn er / oder /boot enthält, ein eingehängtes Dateisystem oder einen aktiven Swap-Bereich hat (auf ihm selbst, einer Partition oder einem darauf aufsetzenden Gerät), von Device Mapper oder RAID belegt ist, schreibgeschützt ist oder kein Medium enthält; mit --image auch, wenn er kleiner als das Abbild ist. Beendet sich mit 0, oder mit 3, wenn die Datenträger nicht aufgelistet werden können.</translation>
    </message>
    <message>
        <source>Which disks could take an image?</source>
        <translation>Welche Datenträger könnten ein Abbild aufnehmen?</translation>
    </message>
    <message>
        <source>The paths of the disks large enough for external.img.</source>
        <translation>Die Pfade der Datenträger, die groß genug für external.img sind.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Include loop devices bound to a file.</source>
        <translation>Loop-Geräte einbeziehen, die an eine Datei gebunden sind.</translation>
    </message>
    <message>
        <source>Also refuse the disks smaller than IMAGE.</source>
        <translation>Auch die Datenträger ablehnen, die kleiner als IMAGE sind.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>wechselbar</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>loop</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>can be written to</source>
        <translation>kann beschrieben werden</translation>
    </message>
    <message>
        <source>no disks found</source>
        <translation>keine Datenträger gefunden</translation>
    </message>
</context>
<context>
    <name>DistfileCheck</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>falsche Prüfsumme</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a state such as &quot;wrong checksum&quot;, %2 &quot;cut short&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DistfileChecker</name>
    <message>
        <source>cannot look at the file: %1</source>
        <translation>die Datei kann nicht untersucht werden: %1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file changed while it was read; check it again when it is complete</source>
        <translation>die Datei hat sich während des Lesens geändert; prüfen Sie sie erneut, wenn sie vollständig ist</translation>
    </message>
</context>
<context>
    <name>DistfileFetcher</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: canceled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: no URL to download it from (its sources line has _ and no mirror is set)</source>
        <translation>%1: keine URL zum Herunterladen (die sources-Zeile enthält _, und es ist kein Spiegelserver eingestellt)</translation>
    </message>
    <message>
        <source>%1: every source failed: %2</source>
        <translation>%1: alle Quellen sind fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1: in %2 kann keine Datei erstellt werden: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write to %2: %3</source>
        <translation>%1: in %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: cannot move the download into place: %2</source>
        <translation>%1: der Download kann nicht an den Zielort verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1: downloaded from %2</source>
        <translation>%1: heruntergeladen von %2</translation>
    </message>
    <message>
        <source>the bytes received have SHA-256 %1, expected %2</source>
        <translation>die empfangenen Bytes haben SHA-256 %1, erwartet wurde %2</translation>
    </message>
</context>
<context>
    <name>DistfileKind</name>
    <message>
        <source>%1 is named like a %2, but it is empty.</source>
        <translation>Der Name von %1 deutet auf „%2“ hin, die Datei ist aber leer.</translation>
    </message>
    <message>
        <source>a %1 of %2</source>
        <translation>%1 (Inhalt: %2)</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>unbekannte Daten</translation>
    </message>
    <message>
        <source>%1 is named like a %2, but it is an HTML document (%3): probably an error page saved in place of the download.</source>
        <translation>Der Name von %1 deutet auf „%2“ hin, die Datei ist aber ein HTML-Dokument (%3): vermutlich eine Fehlerseite, die anstelle des Downloads gespeichert wurde.</translation>
    </message>
    <message>
        <source>%1 is named like a %2, but its content is %3.</source>
        <translation>Der Name von %1 deutet auf „%2“ hin, ihr Inhalt ist aber: %3.</translation>
    </message>
    <message>
        <source>%1 is named like a %2, but it is a %3; tools that trust the name will fail on it.</source>
        <translation>Der Name von %1 deutet auf „%2“ hin, tatsächlich ist die Datei aber vom Typ „%3“; Werkzeuge, die dem Namen vertrauen, scheitern daran.</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <source>the file is not open for reading</source>
        <translation>die Datei ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>the data cannot be read twice (a stream), which detection needs</source>
        <translation>die Daten können nicht zweimal gelesen werden (ein Datenstrom), was die Erkennung aber benötigt</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>nicht lesbare Datei</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>plain data file</source>
        <translation>einfache Datendatei</translation>
    </message>
    <message>
        <source>tar archive</source>
        <translation>tar-Archiv</translation>
    </message>
    <message>
        <source>gzip-compressed tar archive</source>
        <translation>gzip-komprimiertes tar-Archiv</translation>
    </message>
    <message>
        <source>bzip2-compressed tar archive</source>
        <translation>bzip2-komprimiertes tar-Archiv</translation>
    </message>
    <message>
        <source>xz-compressed tar archive</source>
        <translation>xz-komprimiertes tar-Archiv</translation>
    </message>
    <message>
        <source>lzma-compressed tar archive</source>
        <translation>lzma-komprimiertes tar-Archiv</translation>
    </message>
    <message>
        <source>zstd-compressed tar archive</source>
        <translation>zstd-komprimiertes tar-Archiv</translation>
    </message>
    <message>
        <source>gzip-compressed file</source>
        <translation>gzip-komprimierte Datei</translation>
    </message>
    <message>
        <source>bzip2-compressed file</source>
        <translation>bzip2-komprimierte Datei</translation>
    </message>
    <message>
        <source>xz-compressed file</source>
        <translation>xz-komprimierte Datei</translation>
    </message>
    <message>
        <source>lzma-compressed file</source>
        <translation>lzma-komprimierte Datei</translation>
    </message>
    <message>
        <source>zstd-compressed file</source>
        <translation>zstd-komprimierte Datei</translation>
    </message>
    <message>
        <source>zip archive</source>
        <translation>zip-Archiv</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip-Archiv</translation>
    </message>
    <message>
        <source>ar archive</source>
        <translation>ar-Archiv</translation>
    </message>
    <message>
        <source>file in a format KArchive cannot read</source>
        <translation>Datei in einem Format, das KArchive nicht lesen kann</translation>
    </message>
    <message>
        <source>uncompressed</source>
        <translation>unkomprimiert</translation>
    </message>
    <message>
        <source>%1 is named like a %2, but it is an XML document (%3): probably a server&apos;s error answer saved in place of the download.</source>
        <translation>Der Name von %1 deutet auf „%2“ hin, die Datei ist aber ein XML-Dokument (%3): vermutlich eine Fehlerantwort eines Servers, die anstelle des Downloads gespeichert wurde.</translation>
    </message>
    <message>
        <source>%1 is named like a %2, but it begins with nothing but zero bytes: a download that was never written, or a damaged copy.</source>
        <translation>Der Name von %1 deutet auf „%2“ hin, die Datei beginnt aber mit lauter Null-Bytes: ein Download, der nie geschrieben wurde, oder eine beschädigte Kopie.</translation>
    </message>
</context>
<context>
    <name>DistfilePlan</name>
    <message>
        <source>%1 (step %2)</source>
        <translation>%1 (Schritt %2)</translation>
    </message>
    <message>
        <source>%1: there is no &quot;improve: %2&quot; step to split at, and no improve step at all</source>
        <translation>%1: es gibt keinen Schritt &quot;improve: %2&quot;, bei dem aufgeteilt werden könnte, und überhaupt keinen improve-Schritt</translation>
    </message>
    <message>
        <source>%1: there is no &quot;improve: %2&quot; step to split at; the improve steps are: %3</source>
        <translation>%1: es gibt keinen Schritt &quot;improve: %2&quot;, bei dem aufgeteilt werden könnte; die improve-Schritte sind: %3</translation>
    </message>
    <message>
        <source>%1 is listed with two checksums: %2 in %3, %4 in %5</source>
        <translation>%1 ist mit zwei Prüfsummen aufgeführt: %2 in %3, %4 in %5</translation>
    </message>
</context>
<context>
    <name>DistfileStatus</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Wrong checksum</source>
        <translation>Falsche Prüfsumme</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Not a file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Not looked at yet.</source>
        <translation>Noch nicht untersucht.</translation>
    </message>
    <message>
        <source>The file is there; it was not hashed yet.</source>
        <translation>Die Datei ist vorhanden; ihre Prüfsumme wurde noch nicht berechnet.</translation>
    </message>
    <message>
        <source>The SHA-256 is the one the sources line gives (remembered from an earlier check of the unchanged file).</source>
        <translation>Die SHA-256 entspricht der Angabe in der sources-Zeile (aus einer früheren Prüfung der unveränderten Datei übernommen).</translation>
    </message>
    <message>
        <source>The SHA-256 is the one the sources line gives.</source>
        <translation>Die SHA-256 entspricht der Angabe in der sources-Zeile.</translation>
    </message>
    <message>
        <source>No file of this name in the distfiles folder. Fetch Missing downloads it.</source>
        <translation>Keine Datei dieses Namens im Distfiles-Ordner. „Fehlende herunterladen“ lädt sie herunter.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a dangling link).</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, ein Gerät oder eine ins Leere zeigende Verknüpfung).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 is not the one the sources line gives. Fetch Missing replaces it.</source>
        <translation>Die SHA-256 der Datei ist nicht die in der sources-Zeile angegebene. „Fehlende herunterladen“ ersetzt sie.</translation>
    </message>
</context>
<context>
    <name>EntryDevice</name>
    <message>
        <source>An entry of an image can only be opened for reading.</source>
        <translation>Ein Eintrag eines Abbilds kann nur zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Read error at byte %1 of %2: %3</source>
        <translation>Lesefehler bei Byte %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>EntryHasher</name>
    <message>
        <source>entry %1 &quot;%2&quot; at byte %3</source>
        <translation>Eintrag %1 &quot;%2&quot; bei Byte %3</translation>
    </message>
</context>
<context>
    <name>EntryImporter</name>
    <message>
        <source>an entry named “%1” is already in the list</source>
        <translation>ein Eintrag namens „%1“ ist bereits in der Liste</translation>
    </message>
    <message numerus="yes">
        <source>Add %n File(s)</source>
        <translation>
            <numerusform>%n Datei hinzufügen</numerusform>
            <numerusform>%n Dateien hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <source>plain</source>
        <translation>einfach</translation>
    </message>
</context>
<context>
    <name>EntryRowPresenter</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>The importer accepts this entry.</source>
        <translation>Der Importer akzeptiert diesen Eintrag.</translation>
    </message>
    <message>
        <source>The source cannot be read, so it has no hash.</source>
        <translation>Die Quelle kann nicht gelesen werden, daher gibt es keine Prüfsumme.</translation>
    </message>
    <message>
        <source>hashing…</source>
        <translation>Prüfsumme wird berechnet…</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 (bytes %2–%3)</source>
        <translation>%1 (Bytes %2–%3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The list is empty: add files first.</source>
        <translation>Die Liste ist leer: Fügen Sie zuerst Dateien hinzu.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) (%2)</source>
        <translation>
            <numerusform>%1: %n Eintrag (%2)</numerusform>
            <numerusform>%1: %n Einträge (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries: the importer accepts at most %2.</source>
        <translation>%1 Einträge: Der Importer akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>the integrity test failed: %1</source>
        <translation>der Integritätstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryValidator</name>
    <message>
        <source>The source file %1 is missing.</source>
        <translation>Die Quelldatei %1 fehlt.</translation>
    </message>
    <message>
        <source>The source file %1 cannot be read: %2</source>
        <translation>Die Quelldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The source %1 is not a regular file.</source>
        <translation>Die Quelle %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The data comes from bytes %1 to %2 of %3, which is shorter now.</source>
        <translation>Die Daten stammen aus den Bytes %1 bis %2 von %3; diese Datei ist inzwischen kürzer.</translation>
    </message>
    <message>
        <source>The file is %1 bytes; the %2 layout stores sizes below 4 GiB. Choose the u64 layout.</source>
        <translation>Die Datei hat %1 Bytes; das %2-Layout speichert Größen unter 4 GiB. Wählen Sie das u64-Layout.</translation>
    </message>
    <message>
        <source> Both have the same content: remove one.</source>
        <translation> Beide haben denselben Inhalt: Entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>The name is also used by entry %1; the importer would overwrite that file.</source>
        <translation>Der Name wird auch von Eintrag %1 verwendet; der Importer würde jene Datei überschreiben.</translation>
    </message>
    <message>
        <source>The name is also used by entry %1; the importer would overwrite this file with that one.</source>
        <translation>Der Name wird auch von Eintrag %1 verwendet; der Importer würde diese Datei mit jener überschreiben.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Leerer Name</translation>
    </message>
    <message>
        <source>Name too long</source>
        <translation>Name zu lang</translation>
    </message>
    <message>
        <source>Slash in name</source>
        <translation>Schrägstrich im Namen</translation>
    </message>
    <message>
        <source>Backslash in name</source>
        <translation>Backslash im Namen</translation>
    </message>
    <message>
        <source>Not UTF-8</source>
        <translation>Kein UTF-8</translation>
    </message>
    <message>
        <source>Duplicate name</source>
        <translation>Doppelter Name</translation>
    </message>
    <message>
        <source>Too large for u32</source>
        <translation>Zu groß für u32</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Not a file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>Source shrank</source>
        <translation>Quelle geschrumpft</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Falscher Inhalt</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Abgeschnitten</translation>
    </message>
</context>
<context>
    <name>ExportTarCommand</name>
    <message>
        <source>export-tar IMAGE -o OUT.tar[.gz|.bz2|.xz|.zst] [--folder DIR] [--mtime SECONDS] [--force] [NAME...]</source>
        <translation>export-tar IMAGE -o OUT.tar[.gz|.bz2|.xz|.zst] [--folder DIR] [--mtime SECONDS] [--force] [NAME...]</translation>
    </message>
    <message>
        <source>Writes every entry, or only the named ones, as a regular member of a tar archive: named like the entry (inside DIR with --folder), mode 0644, owner root, and one modification time for all (--mtime, else SOURCE_DATE_EPOCH, else the image&apos;s), so the same image always gives the same bytes. The compression follows OUT&apos;s name: .tar, .tar.gz/.tgz, .tar.bz2/.tbz2, .tar.xz/.txz, .tar.zst/.tzst. Each entry is read in place and streamed; OUT appears only when complete, and an existing OUT is replaced only with --force. A name stored twice gives its last entry, as the importer keeps it. Names an unpacker would trip on (a &apos;/&apos;, &apos;..&apos;) are refused before anything is written.</source>
        <translation>Schreibt jeden Eintrag, oder nur die genannten, als reguläres Archivmitglied eines tar-Archivs: benannt wie der Eintrag (mit --folder innerhalb von DIR), Modus 0644, Eigentümer root und eine gemeinsame Änderungszeit für alle (--mtime, sonst SOURCE_DATE_EPOCH, sonst die des Abbilds), sodass dasselbe Abbild immer dieselben Bytes ergibt. Die Kompression richtet sich nach dem Namen von OUT: .tar, .tar.gz/.tgz, .tar.bz2/.tbz2, .tar.xz/.txz, .tar.zst/.tzst. Jeder Eintrag wird an Ort und Stelle gelesen und gestreamt; OUT erscheint erst, wenn es vollständig ist, und ein vorhandenes OUT wird nur mit --force ersetzt. Ein doppelt gespeicherter Name ergibt seinen letzten Eintrag, so wie der Importer ihn behält. Namen, über die ein Entpacker stolpern würde (ein &apos;/&apos;, &apos;..&apos;), werden abgelehnt, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Every entry, into a zstd-compressed tar.</source>
        <translation>Jeden Eintrag in ein zstd-komprimiertes tar.</translation>
    </message>
    <message>
        <source>One entry, as distfiles/gcc-13.2.0.tar.xz in a plain tar.</source>
        <translation>Einen Eintrag, als distfiles/gcc-13.2.0.tar.xz in ein unkomprimiertes tar.</translation>
    </message>
    <message>
        <source>The entries on a disk, stamped with time 0, replacing disk.tar.gz.</source>
        <translation>Die Einträge auf einem Datenträger, mit Zeitstempel 0; disk.tar.gz wird ersetzt.</translation>
    </message>
    <message>
        <source>The tar archive to write (required); its name chooses the compression.</source>
        <translation>Das zu schreibende tar-Archiv (erforderlich); sein Name bestimmt die Kompression.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Put the members into folder DIR of the archive.</source>
        <translation>Die Archivmitglieder in den Ordner DIR des Archivs legen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Modification time of every member, in seconds since 1970.</source>
        <translation>Änderungszeit jedes Archivmitglieds, in Sekunden seit 1970.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>The image: a file or a block device.</source>
        <translation>Das Abbild: eine Datei oder ein Blockgerät.</translation>
    </message>
    <message>
        <source>Entries to export; all when none is given.</source>
        <translation>Zu exportierende Einträge; alle, wenn keiner angegeben ist.</translation>
    </message>
    <message>
        <source>%1: entry %2 at byte %3: &quot;%4&quot; is stored again as entry %5; exporting that one, as the importer would keep it</source>
        <translation>%1: Eintrag %2 bei Byte %3: &quot;%4&quot; ist erneut als Eintrag %5 gespeichert; dieser wird exportiert, da der Importer ihn behalten würde</translation>
    </message>
    <message>
        <source>-o OUT is required: where should the tar archive go?</source>
        <translation>-o OUT ist erforderlich: Wohin soll das tar-Archiv geschrieben werden?</translation>
    </message>
    <message>
        <source>export-tar needs a file or a block device; standard input cannot be exported from</source>
        <translation>export-tar benötigt eine Datei oder ein Blockgerät; aus der Standardeingabe kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1: the name must end in .tar, .tar.gz, .tgz, .tar.bz2, .tbz2, .tar.xz, .txz, .tar.zst or .tzst, which chooses the compression</source>
        <translation>%1: der Name muss auf .tar, .tar.gz, .tgz, .tar.bz2, .tbz2, .tar.xz, .txz, .tar.zst oder .tzst enden, was die Kompression bestimmt</translation>
    </message>
    <message>
        <source>--mtime needs seconds since 1970 from 0 to %1, not &quot;%2&quot;</source>
        <translation>--mtime benötigt Sekunden seit 1970 von 0 bis %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the image and the tar archive cannot be the same file</source>
        <translation>das Abbild und das tar-Archiv können nicht dieselbe Datei sein</translation>
    </message>
    <message>
        <source>%1: export canceled; nothing was written</source>
        <translation>%1: Export abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s), %2 (%3)</source>
        <translation>
            <numerusform>%1: %n Archivmitglied, %2 (%3)</numerusform>
            <numerusform>%1: %n Archivmitglieder, %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>uncompressed</source>
        <translation>unkomprimiert</translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>Write the entries of an image as files into a folder</source>
        <translation>Die Einträge eines Abbilds als Dateien in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>extract [-C DIR] [--force] IMAGE [NAME...]</source>
        <translation>extract [-C DIR] [--force] IMAGE [NAME...]</translation>
    </message>
    <message>
        <source>Everything, into distfiles/.</source>
        <translation>Alles, nach distfiles/.</translation>
    </message>
    <message>
        <source>One entry from a disk, into the current folder.</source>
        <translation>Ein Eintrag von einem Datenträger, in den aktuellen Ordner.</translation>
    </message>
    <message>
        <source>Write into DIR (created when missing).</source>
        <translation>Nach DIR schreiben (wird bei Bedarf erstellt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Replace files that exist in DIR.</source>
        <translation>In DIR vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <source>The image: a file or a block device.</source>
        <translation>Das Abbild: eine Datei oder ein Blockgerät.</translation>
    </message>
    <message>
        <source>Entries to extract; all when none is given.</source>
        <translation>Zu extrahierende Einträge; alle, wenn keine angegeben sind.</translation>
    </message>
    <message>
        <source>%1: entry %2 at byte %3: &quot;%4&quot; is stored again as entry %5; extracting that one, as the importer would</source>
        <translation>%1: Eintrag %2 bei Byte %3: &quot;%4&quot; ist erneut als Eintrag %5 gespeichert; dieser wird extrahiert, wie es der Importer tun würde</translation>
    </message>
    <message>
        <source>extract needs a file or a block device; standard input cannot be extracted from</source>
        <translation>extract benötigt eine Datei oder ein Blockgerät; aus der Standardeingabe kann nicht extrahiert werden</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: entry %2 at byte %3: &quot;%4&quot; cannot be extracted: %5</source>
        <translation>%1: Eintrag %2 bei Byte %3: &quot;%4&quot; kann nicht extrahiert werden: %5</translation>
    </message>
    <message>
        <source>%1: exists; use --force to replace it (entry %2 of %3)</source>
        <translation>%1: existiert; verwenden Sie --force, um es zu ersetzen (Eintrag %2 von %3)</translation>
    </message>
    <message>
        <source>canceled: %1 of %2 files were extracted, each of them complete; no partial file was left</source>
        <translation>abgebrochen: %1 von %2 Dateien wurden extrahiert, jede davon vollständig; es wurde keine unvollständige Datei hinterlassen</translation>
    </message>
    <message numerus="yes">
        <source>extracted %n file(s), %1, into %2</source>
        <translation>
            <numerusform>%n Datei extrahiert, %1, nach %2</numerusform>
            <numerusform>%n Dateien extrahiert, %1, nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes every entry, or only the named ones, as a file into DIR (the current folder by default; created when missing). Like the importer, a name stored twice leaves the later entry&apos;s data. Unlike the importer, names that could leave the folder are refused, symbolic links in DIR are not followed, and existing files are kept unless --force is given: all of this is checked before the first file is written. Each file appears whole or not at all, also when interrupted with Ctrl-C. From a first boot disk (init.img, builder-hex0), the tree of folders and files is recreated under DIR, every path kept inside it; NAME is then a path.</source>
        <translation>Schreibt jeden Eintrag oder nur die genannten als Datei nach DIR (standardmäßig der aktuelle Ordner; wird bei Bedarf erstellt). Wie beim Importer bleiben bei einem doppelt gespeicherten Namen die Daten des späteren Eintrags erhalten. Anders als beim Importer werden Namen, die aus dem Ordner hinausführen könnten, abgelehnt, symbolische Verknüpfungen in DIR werden nicht verfolgt, und vorhandene Dateien bleiben erhalten, sofern nicht --force angegeben ist: All dies wird geprüft, bevor die erste Datei geschrieben wird. Jede Datei erscheint vollständig oder gar nicht, auch bei einer Unterbrechung mit Ctrl-C. Aus einem ersten Boot-Datenträger (init.img, builder-hex0) wird der Baum aus Ordnern und Dateien unter DIR nachgebildet, wobei jeder Pfad darin bleibt; NAME ist dann ein Pfad.</translation>
    </message>
</context>
<context>
    <name>ExtractController</name>
    <message>
        <source>Extract All Entries To</source>
        <translation>Alle Einträge extrahieren nach</translation>
    </message>
    <message>
        <source>Extract Entries To</source>
        <translation>Einträge extrahieren nach</translation>
    </message>
    <message>
        <source>Files Exist</source>
        <translation>Dateien vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files to extract already exist in %1.</source>
        <translation>
            <numerusform>%n der zu extrahierenden Dateien ist in %1 bereits vorhanden.</numerusform>
            <numerusform>%n der zu extrahierenden Dateien sind in %1 bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Skip Existing</source>
        <translation>Vorhandene über&amp;springen</translation>
    </message>
    <message>
        <source>Extracting to %1</source>
        <translation>Extrahieren nach %1</translation>
    </message>
    <message>
        <source>Extraction Canceled</source>
        <translation>Extraktion abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Extraction was canceled; %n file(s) had been extracted completely.</source>
        <translation>
            <numerusform>Die Extraktion wurde abgebrochen; %n Datei war vollständig extrahiert worden.</numerusform>
            <numerusform>Die Extraktion wurde abgebrochen; %n Dateien waren vollständig extrahiert worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extraction Failed</source>
        <translation>Extraktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>Extrahiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 extrahiert.</numerusform>
            <numerusform>%n Dateien nach %1 extrahiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) for dragging</source>
        <translation>
            <numerusform>%n Datei wird zum Ziehen vorbereitet</numerusform>
            <numerusform>%n Dateien werden zum Ziehen vorbereitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Drag Entries</source>
        <translation>Einträge können nicht gezogen werden</translation>
    </message>
    <message>
        <source>%1 is damaged: only the entries before the damage could be extracted; the rest of the image could not be read.</source>
        <translation>%1 ist beschädigt: Nur die Einträge vor der Beschädigung konnten extrahiert werden; der Rest des Abbilds konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Download the distfiles a live-bootstrap checkout lacks, checking every SHA-256</source>
        <translation>Die Distfiles herunterladen, die einem live-bootstrap-Checkout fehlen, und jede SHA-256 prüfen</translation>
    </message>
    <message>
        <source>fetch [--mirror URL]... [--jobs N] [--timeout SECONDS] [--distfiles DIR] [--split-at STEP] [--guix] [--no-cache] CHECKOUT</source>
        <translation>fetch [--mirror URL]... [--jobs N] [--timeout SECONDS] [--distfiles DIR] [--split-at STEP] [--guix] [--no-cache] CHECKOUT</translation>
    </message>
    <message>
        <source>Checks the distfiles folder of a live-bootstrap checkout as &apos;lbpayload plan&apos; does, then downloads every distfile of either image that is missing or has a wrong checksum: from each --mirror as MIRROR/&lt;file name&gt;, in the order given, then from the URLs of its sources lines. Redirects are followed; a URL that fails, stalls or delivers other bytes is left for the next one. Downloads go to a temporary file in the folder and only a file whose SHA-256 is the planned one is renamed to the distfile&apos;s name, replacing a wrong file. One line per distfile says where it came from; what failed goes to standard error. Ctrl-C stops every transfer and removes the temporary files. Exits with 0 only when every distfile is present and right afterwards, 1 when any is not, 3 when the checkout cannot be read or the folder cannot be written, 130 when interrupted.</source>
        <translation>Prüft den Distfiles-Ordner eines live-bootstrap-Checkouts wie &apos;lbpayload plan&apos; und lädt dann jedes Distfile beider Abbilder herunter, das fehlt oder eine falsche Prüfsumme hat: von jedem --mirror als MIRROR/&lt;Dateiname&gt;, in der angegebenen Reihenfolge, dann von den URLs seiner sources-Zeilen. Weiterleitungen werden verfolgt; eine URL, die fehlschlägt, hängen bleibt oder andere Bytes liefert, wird zugunsten der nächsten aufgegeben. Downloads landen in einer temporären Datei im Ordner, und nur eine Datei, deren SHA-256 der geplanten entspricht, wird in den Namen des Distfiles umbenannt und ersetzt dabei eine falsche Datei. Eine Zeile pro Distfile gibt an, woher es stammt; was fehlgeschlagen ist, geht an die Standardfehlerausgabe. Ctrl-C stoppt jede Übertragung und entfernt die temporären Dateien. Beendet sich mit 0 nur, wenn danach jedes Distfile vorhanden und korrekt ist, mit 1, wenn eines es nicht ist, mit 3, wenn der Checkout nicht gelesen oder in den Ordner nicht geschrieben werden kann, und mit 130 bei einer Unterbrechung.</translation>
    </message>
    <message>
        <source>Download what the checkout&apos;s distfiles folder lacks.</source>
        <translation>Herunterladen, was dem Distfiles-Ordner des Checkouts fehlt.</translation>
    </message>
    <message>
        <source>Try a mirror first, eight downloads at a time.</source>
        <translation>Zuerst einen Spiegelserver versuchen, acht Downloads gleichzeitig.</translation>
    </message>
    <message>
        <source>Fill another folder, for a build without external.img.</source>
        <translation>Einen anderen Ordner füllen, für einen Build ohne external.img.</translation>
    </message>
    <message>
        <source>Download N files at a time (default %1).</source>
        <translation>N Dateien gleichzeitig herunterladen (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give up on a URL that sends nothing for SECONDS and try the next one (default %1).</source>
        <translation>Eine URL aufgeben, die SECONDS Sekunden lang nichts sendet, und die nächste versuchen (Standard: %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--jobs benötigt eine Zahl von 1 bis %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds, not &quot;%1&quot;</source>
        <translation>--timeout benötigt eine Anzahl von Sekunden, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>interrupted; nothing was downloaded</source>
        <translation>unterbrochen; es wurde nichts heruntergeladen</translation>
    </message>
    <message>
        <source>%1: no URL to download it from: its sources line has &apos;_&apos; and no --mirror was given</source>
        <translation>%1: keine URL zum Herunterladen: Die sources-Zeile enthält &apos;_&apos;, und es wurde kein --mirror angegeben</translation>
    </message>
    <message>
        <source>nothing to fetch: every distfile is present and right</source>
        <translation>nichts herunterzuladen: Jedes Distfile ist vorhanden und korrekt</translation>
    </message>
    <message>
        <source>interrupted while checking the downloads</source>
        <translation>beim Prüfen der Downloads unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) still missing or wrong</source>
        <translation>
            <numerusform>%n Distfile fehlt noch oder ist falsch</numerusform>
            <numerusform>%n Distfiles fehlen noch oder sind falsch</numerusform>
        </translation>
    </message>
    <message>
        <source>every distfile is present and right</source>
        <translation>jedes Distfile ist vorhanden und korrekt</translation>
    </message>
    <message>
        <source>%1: cannot create the distfiles folder</source>
        <translation>%1: der Distfiles-Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: OK, %2 from %3</source>
        <translation>%1: OK, %2 von %3</translation>
    </message>
    <message>
        <source>%1: FAILED</source>
        <translation>%1: FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 von %n Datei</numerusform>
            <numerusform>%1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>interrupted; no partly downloaded file is left</source>
        <translation>unterbrochen; es bleibt keine teilweise heruntergeladene Datei zurück</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: read error at byte %2: %3</source>
        <translation>%1: Lesefehler bei Byte %2: %3</translation>
    </message>
    <message>
        <source>hashing was canceled</source>
        <translation>die Prüfsummenberechnung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>entry %1 at byte %2</source>
        <translation>Eintrag %1 bei Byte %2</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>bei Byte %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>file: place: severity: message</extracomment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3: %4</source>
        <translation>%1: %2: %3: %4</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <extracomment>a count of importer findings, e.g. &quot;2 errors, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstImageBudgetView</name>
    <message>
        <source>Fiwix hand-off (inferred):</source>
        <translation>Fiwix-Übergabe (abgeleitet):</translation>
    </message>
    <message>
        <source>Payload layout</source>
        <translation>Layout der Nutzlast</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>First image files</source>
        <translation>Dateien des ersten Abbilds</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>First image bytes</source>
        <translation>Bytes des ersten Abbilds</translation>
    </message>
    <message>
        <source>Room before the Fiwix hand-off (inferred)</source>
        <translation>Platz vor der Fiwix-Übergabe (abgeleitet)</translation>
    </message>
    <message>
        <source>Inferred from the checkout&apos;s steps/jump/fiwix.sh, not a limit builder-hex0 states</source>
        <translation>Abgeleitet aus steps/jump/fiwix.sh des Checkouts, keine Grenze, die builder-hex0 selbst nennt</translation>
    </message>
    <message>
        <source>Layout: %1, read from %2 line %3</source>
        <translation>Layout: %1, gelesen aus %2, Zeile %3</translation>
    </message>
    <message>
        <source>Layout: %1, read from %2 line %3 (the generator: the checkout has no importer that says)</source>
        <translation>Layout: %1, gelesen aus %2, Zeile %3 (der Generator: Der Checkout hat keinen Importer, der es sagt)</translation>
    </message>
    <message>
        <source>Layout: %1 (%2)</source>
        <translation>Layout: %1 (%2)</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 says which layout the image must have</source>
        <translation>Weder %1 noch %2 sagt, welches Layout das Abbild haben muss</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 left (inferred)</source>
        <translation>%1 übrig (abgeleitet)</translation>
    </message>
    <message>
        <source>%1 short (inferred)</source>
        <translation>%1 zu wenig (abgeleitet)</translation>
    </message>
    <message>
        <source>Inferred: jump: fiwix makes an ext2 image of %1 KiB (%2 line %3) in builder-hex0&apos;s file area, after the last file. The first image (%4) and every file the build writes before jump: fiwix must fit in the %5 it leaves: %6 for the build&apos;s own files.</source>
        <translation>Abgeleitet: jump: fiwix legt ein ext2-Abbild von %1 KiB (%2, Zeile %3) im Dateibereich von builder-hex0 hinter der letzten Datei an. Das erste Abbild (%4) und jede Datei, die der Build vor jump: fiwix schreibt, müssen in die %5 passen, die es übrig lässt: %6 für die eigenen Dateien des Builds.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown (inferred)</source>
        <translation>unbekannt (abgeleitet)</translation>
    </message>
    <message>
        <source>The checkout has no steps/jump/fiwix.sh with &apos;make_fiwix_initrd -s KIB&apos;</source>
        <translation>Der Checkout hat kein steps/jump/fiwix.sh mit &apos;make_fiwix_initrd -s KIB&apos;</translation>
    </message>
    <message>
        <source>The first image does not fit builder-hex0&apos;s limits: choose a split step with fewer distfiles before it.</source>
        <translation>Das erste Abbild passt nicht in die Grenzen von builder-hex0: einen Aufteilungsschritt mit weniger Distfiles davor wählen.</translation>
    </message>
    <message>
        <source>The first image fits as far as it is known:</source>
        <translation>Das erste Abbild passt, soweit bekannt:</translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) of the first image missing, counted without their bytes</source>
        <translation>
            <numerusform>%n Distfile des ersten Abbilds fehlt, ohne ihre Bytes gezählt</numerusform>
            <numerusform>%n Distfiles des ersten Abbilds fehlen, ohne ihre Bytes gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Largest: %1</source>
        <translation>Am größten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Split points that fit: %1 of %n</source>
        <translation>
            <numerusform>Passende Aufteilungspunkte: %1 von %n</numerusform>
            <numerusform>Passende Aufteilungspunkte: %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every improve step is a split point builder-hex0 can take</source>
        <translation>Jeder improve-Schritt ist ein Aufteilungspunkt, den builder-hex0 verkraftet</translation>
    </message>
    <message>
        <source>Too much for builder-hex0 before: %1</source>
        <translation>Zu viel für builder-hex0 vor: %1</translation>
    </message>
    <message>
        <source>First image</source>
        <translation>Erstes Abbild</translation>
    </message>
    <message>
        <source>First image before improve: %1</source>
        <translation>Erstes Abbild vor improve: %1</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(wird gezählt…)</translation>
    </message>
    <message>
        <source>%1 of the %2 files builder-hex0 can create (%3), folders included</source>
        <translation>%1 der %2 Dateien, die builder-hex0 anlegen kann (%3), Ordner mitgezählt</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FirstImageExtract</name>
    <message>
        <source>%1: the script is damaged; nothing was extracted</source>
        <translation>%1: das Skript ist beschädigt; es wurde nichts extrahiert</translation>
    </message>
    <message>
        <source>%1: no file or folder &quot;%2&quot;</source>
        <translation>%1: keine Datei und kein Ordner &quot;%2&quot;</translation>
    </message>
    <message>
        <source>canceled: %1 files were extracted, each of them complete; no partial file was left</source>
        <translation>abgebrochen: %1 Dateien wurden extrahiert, jede davon vollständig; es blieb keine unvollständige Datei zurück</translation>
    </message>
    <message>
        <source>extracted %1 files and %2 folders of the builder-hex0 first image into %3</source>
        <translation>%1 Dateien und %2 Ordner des ersten Abbilds von builder-hex0 nach %3 extrahiert</translation>
    </message>
</context>
<context>
    <name>FirstImageExtractor</name>
    <message>
        <source>the path contains a NUL byte</source>
        <translation>der Pfad enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>a path component is longer than 255 bytes, which no Linux file system takes</source>
        <translation>ein Pfadbestandteil ist länger als 255 Bytes, was kein Linux-Dateisystem akzeptiert</translation>
    </message>
    <message>
        <source>%1: record %2 at byte %3</source>
        <extracomment>image: record N at byte OFFSET</extracomment>
        <translation>%1: Datensatz %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1: there is no record %2</source>
        <translation>%1: es gibt keinen Datensatz %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is cut off by the end of the image</source>
        <translation>%1: &quot;%2&quot; wird vom Ende des Abbilds abgeschnitten</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: exists; not overwritten (record %2 of %3)</source>
        <translation>%1: existiert bereits; nicht überschrieben (Datensatz %2 von %3)</translation>
    </message>
    <message>
        <source>extraction canceled</source>
        <translation>Extraktion abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot make the folder %2 for &quot;%3&quot;: %4</source>
        <translation>%1: der Ordner %2 für &quot;%3&quot; kann nicht angelegt werden: %4</translation>
    </message>
    <message>
        <source>a file or symbolic link is in the way</source>
        <translation>eine Datei oder symbolische Verknüpfung ist im Weg</translation>
    </message>
    <message>
        <source>%1: cannot make the folder %2: %3</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1: data at byte %2 to %3: %4</source>
        <translation>%1: Daten bei Byte %2 bis %3: %4</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>%1: a folder is in the way (record %2 of %3)</source>
        <translation>%1: ein Ordner ist im Weg (Datensatz %2 von %3)</translation>
    </message>
    <message>
        <source>%1: cannot move into place: %2</source>
        <translation>%1: kann nicht an den Zielort verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>FirstImageFindingModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>FirstImageHasher</name>
    <message>
        <source>%1: the image has no file to read its records from</source>
        <translation>%1: das Abbild hat keine Datei, aus der seine Datensätze gelesen werden könnten</translation>
    </message>
    <message>
        <source>record %1 &quot;%2&quot; at byte %3</source>
        <translation>Datensatz %1 &quot;%2&quot; bei Byte %3</translation>
    </message>
</context>
<context>
    <name>FirstImageInfo</name>
    <message>
        <source>ends with the zero byte</source>
        <translation>endet mit dem Nullbyte</translation>
    </message>
    <message>
        <source>the image ends first: no zero byte ends it</source>
        <translation>das Abbild endet zuerst: Kein Nullbyte beendet es</translation>
    </message>
    <message>
        <source>a record&apos;s data runs past the end of the image</source>
        <translation>die Daten eines Datensatzes reichen über das Ende des Abbilds hinaus</translation>
    </message>
    <message>
        <source>reading stopped at a malformed record</source>
        <translation>das Lesen endete bei einem fehlerhaften Datensatz</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>severity: message (the message names the image and the place)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(not all checked)</source>
        <translation>(nicht alle geprüft)</translation>
    </message>
    <message>
        <source>(all zero)</source>
        <translation>(alle null)</translation>
    </message>
    <message>
        <source>(not all zero)</source>
        <translation>(nicht alle null)</translation>
    </message>
    <message>
        <source>unknown: neither the image nor a checkout holds steps/jump/fiwix.sh</source>
        <translation>unbekannt: Weder das Abbild noch ein Checkout enthält steps/jump/fiwix.sh</translation>
    </message>
    <message>
        <source>initrd of %1 KiB (%2, line %3) leaves %4 bytes for the build before Fiwix (inferred)</source>
        <translation>initrd von %1 KiB (%2, Zeile %3) lässt %4 Bytes für den Build vor Fiwix (abgeleitet)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Abbild:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>builder-hex0 first image</source>
        <translation>erstes Abbild von builder-hex0</translation>
    </message>
    <message>
        <source>Stage 1:</source>
        <translation>Stufe 1:</translation>
    </message>
    <message>
        <source>512 bytes, ends in 55 AA</source>
        <translation>512 Bytes, endet auf 55 AA</translation>
    </message>
    <message>
        <source>512 bytes, no 55 AA boot signature</source>
        <translation>512 Bytes, keine Bootsignatur 55 AA</translation>
    </message>
    <message>
        <source>Stage 2:</source>
        <translation>Stufe 2:</translation>
    </message>
    <message>
        <source>%1 bytes of hex0 source, SHA-256 %2, revision %3</source>
        <translation>%1 Bytes hex0-Quelltext, SHA-256 %2, Revision %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Skript:</translation>
    </message>
    <message>
        <source>bytes %1 to %2, %3</source>
        <translation>Bytes %1 bis %2, %3</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>%1 (%2 files, %3 folders, %4 commands)</source>
        <translation>%1 (%2 Dateien, %3 Ordner, %4 Befehle)</translation>
    </message>
    <message>
        <source>File bytes:</source>
        <translation>Datei-Bytes:</translation>
    </message>
    <message>
        <source>Image bytes:</source>
        <translation>Abbild-Bytes:</translation>
    </message>
    <message>
        <source>Trailing bytes:</source>
        <translation>Nachfolgende Bytes:</translation>
    </message>
    <message>
        <source>File slots:</source>
        <translation>Dateiplätze:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>File area:</source>
        <translation>Dateibereich:</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>Fiwix:</source>
        <translation>Fiwix:</translation>
    </message>
    <message>
        <source>Boot:</source>
        <translation>Boot:</translation>
    </message>
    <message>
        <source>would fail (%1)</source>
        <translation>würde fehlschlagen (%1)</translation>
    </message>
    <message>
        <source>no known obstacle (%1)</source>
        <translation>kein bekanntes Hindernis (%1)</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
</context>
<context>
    <name>FirstImageListing</name>
    <message>
        <source>%1: the script is damaged; no manifest was written</source>
        <translation>%1: das Skript ist beschädigt; es wurde kein Manifest geschrieben</translation>
    </message>
    <message>
        <source>%1: canceled; no manifest was written</source>
        <translation>%1: abgebrochen; es wurde kein Manifest geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot write the manifest: %2</source>
        <translation>%1: das Manifest kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FirstImageOperations</name>
    <message>
        <source>Computing SHA-256</source>
        <translation>SHA-256 wird berechnet</translation>
    </message>
    <message>
        <source>Hashing Failed</source>
        <translation>Prüfsummenberechnung fehlgeschlagen</translation>
    </message>
    <message>
        <source>JSON manifest (*.json)</source>
        <translation>JSON-Manifest (*.json)</translation>
    </message>
    <message>
        <source>TSV manifest (*.tsv)</source>
        <translation>TSV-Manifest (*.tsv)</translation>
    </message>
    <message>
        <source>sha256sum file (*.sha256)</source>
        <translation>sha256sum-Datei (*.sha256)</translation>
    </message>
    <message>
        <source>Export Manifest</source>
        <translation>Manifest exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Extract All Files To</source>
        <translation>Alle Dateien extrahieren nach</translation>
    </message>
    <message>
        <source>Extract Files To</source>
        <translation>Dateien extrahieren nach</translation>
    </message>
    <message>
        <source>Files Exist</source>
        <translation>Dateien vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files to extract already exist in %1.</source>
        <translation>
            <numerusform>%n der zu extrahierenden Dateien ist in %1 bereits vorhanden.</numerusform>
            <numerusform>%n der zu extrahierenden Dateien sind in %1 bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Skip Existing</source>
        <translation>Vorhandene über&amp;springen</translation>
    </message>
    <message>
        <source>Extracting to %1</source>
        <translation>Extrahieren nach %1</translation>
    </message>
    <message>
        <source>Extraction Canceled</source>
        <translation>Extraktion abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Extraction was canceled; %n file(s) had been extracted completely.</source>
        <translation>
            <numerusform>Die Extraktion wurde abgebrochen; %n Datei war vollständig extrahiert worden.</numerusform>
            <numerusform>Die Extraktion wurde abgebrochen; %n Dateien waren vollständig extrahiert worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extraction Failed</source>
        <translation>Extraktion fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had been extracted before.</source>
        <translation>
            <numerusform>%n Datei war bereits vorher extrahiert worden.</numerusform>
            <numerusform>%n Dateien waren bereits vorher extrahiert worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>Extrahiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 extrahiert.</numerusform>
            <numerusform>%n Dateien nach %1 extrahiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders made: %1. Commands and hex0 records are not extracted: they run at boot.</source>
        <translation>Angelegte Ordner: %1. Befehle und hex0-Datensätze werden nicht extrahiert: Sie laufen beim Booten.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) for dragging</source>
        <translation>
            <numerusform>%n Datei wird zum Ziehen vorbereitet</numerusform>
            <numerusform>%n Dateien werden zum Ziehen vorbereitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Drag Files</source>
        <translation>Dateien können nicht gezogen werden</translation>
    </message>
</context>
<context>
    <name>FirstImagePanel</name>
    <message>
        <source>Stop Reading</source>
        <translation>Lesen stoppen</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>Filter files and folders</source>
        <translation>Dateien und Ordner filtern</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Files and folders of the first image</source>
        <translation>Dateien und Ordner des ersten Abbilds</translation>
    </message>
    <message>
        <source>Commands of the script</source>
        <translation>Befehle des Skripts</translation>
    </message>
    <message>
        <source>Findings about the first image</source>
        <translation>Befunde zum ersten Abbild</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings: builder-hex0&apos;s limits and rules hold for this script.</source>
        <translation>Keine Befunde: Die Grenzen und Regeln von builder-hex0 werden von diesem Skript eingehalten.</translation>
    </message>
    <message>
        <source>No findings: the script was not read to its end.</source>
        <translation>Keine Befunde: Das Skript wurde nicht bis zum Ende gelesen.</translation>
    </message>
    <message>
        <source>Reading %1 was stopped: the records read so far are shown.</source>
        <translation>Das Lesen von %1 wurde gestoppt: Die bisher gelesenen Datensätze werden angezeigt.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a first boot disk: %2</source>
        <translation>%1 kann nicht als erster Boot-Datenträger gelesen werden: %2</translation>
    </message>
    <message>
        <source>builder-hex0 would likely fail with this disk. Errors among the findings: %1.</source>
        <translation>builder-hex0 würde mit diesem Datenträger wahrscheinlich fehlschlagen. Fehler unter den Befunden: %1.</translation>
    </message>
    <message>
        <source>Warnings among the findings: %1.</source>
        <translation>Warnungen unter den Befunden: %1.</translation>
    </message>
</context>
<context>
    <name>FirstImageReader</name>
    <message>
        <source>%1: a first image must be a file or a block device, not a stream</source>
        <translation>%1: ein erstes Abbild muss eine Datei oder ein Blockgerät sein, kein Datenstrom</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes are too few for a first image: stage 1 alone is %3 bytes</source>
        <translation>%1: %2 Bytes sind zu wenig für ein erstes Abbild: Allein Stufe 1 hat %3 Bytes</translation>
    </message>
    <message>
        <source>%1: not a first image: no boot sector signature (55 AA at byte 510) and no builder-hex0 stage-2 source at byte 512</source>
        <translation>%1: kein erstes Abbild: keine Bootsektor-Signatur (55 AA bei Byte 510) und kein Quelltext von Stufe 2 von builder-hex0 bei Byte 512</translation>
    </message>
    <message>
        <source>%1 at byte 510: stage 1 does not end in 55 AA, so the BIOS will not boot it</source>
        <translation>%1 bei Byte 510: Stufe 1 endet nicht auf 55 AA, daher bootet das BIOS sie nicht</translation>
    </message>
    <message>
        <source>%1: no end of the stage-2 source within %2 bytes of byte 512</source>
        <translation>%1: kein Ende des Quelltexts von Stufe 2 innerhalb von %2 Bytes ab Byte 512</translation>
    </message>
    <message>
        <source>%1: cannot read at byte %2: %3</source>
        <translation>%1: bei Byte %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: the image ends at byte %2, inside the stage-2 source</source>
        <translation>%1: das Abbild endet bei Byte %2, mitten im Quelltext von Stufe 2</translation>
    </message>
    <message>
        <source>%1 at byte 512: the stage-2 source (%2 bytes, SHA-256 %3) is no builder-hex0 revision known here; the limits of %4 are assumed</source>
        <translation>%1 bei Byte 512: Der Quelltext von Stufe 2 (%2 Bytes, SHA-256 %3) ist keine hier bekannte Revision von builder-hex0; die Grenzen von %4 werden angenommen</translation>
    </message>
    <message>
        <source>%1 at byte %2: the script follows the stage-2 source at byte %2, but stage 2 reads its script from sector %3 (byte %4)</source>
        <translation>%1 bei Byte %2: Das Skript folgt dem Quelltext von Stufe 2 bei Byte %2, aber Stufe 2 liest ihr Skript ab Sektor %3 (Byte %4)</translation>
    </message>
    <message>
        <source>the image ends without the zero byte that ends the script; builder-hex0 would read past the disk</source>
        <translation>das Abbild endet ohne das Nullbyte, das das Skript beendet; builder-hex0 würde über das Ende des Datenträgers hinaus lesen</translation>
    </message>
    <message>
        <source>more than %1 records; the rest is not read</source>
        <translation>mehr als %1 Datensätze; der Rest wird nicht gelesen</translation>
    </message>
    <message>
        <source>the image ends inside this line, before its newline</source>
        <translation>das Abbild endet innerhalb dieser Zeile, vor ihrem Zeilenumbruch</translation>
    </message>
    <message>
        <source>no newline within %1 bytes</source>
        <translation>kein Zeilenumbruch innerhalb von %1 Bytes</translation>
    </message>
    <message>
        <source>&quot;src&quot; needs a decimal size below 4 GiB, a space and a path</source>
        <translation>&quot;src&quot; benötigt eine dezimale Größe unter 4 GiB, ein Leerzeichen und einen Pfad</translation>
    </message>
    <message>
        <source>&quot;hex0&quot; needs an input and an output path</source>
        <translation>&quot;hex0&quot; benötigt einen Eingabe- und einen Ausgabepfad</translation>
    </message>
    <message>
        <source>a line starting with &quot;%1&quot; is read as a builder-hex0 command, so no program name may start with s, h or f</source>
        <translation>eine Zeile, die mit &quot;%1&quot; beginnt, wird als Befehl von builder-hex0 gelesen, daher darf kein Programmname mit s, h oder f beginnen</translation>
    </message>
    <message>
        <source>a program line needs exactly one argument after a space; builder-hex0 would read the next line as part of its name</source>
        <translation>eine Programmzeile benötigt nach einem Leerzeichen genau ein Argument; builder-hex0 würde die nächste Zeile als Teil ihres Namens lesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; declares %2 bytes at byte %3, but the image ends %4 bytes into them</source>
        <translation>&quot;%1&quot; gibt %2 Bytes bei Byte %3 an, aber das Abbild endet %4 Bytes danach</translation>
    </message>
    <message>
        <source>%1: reading was canceled</source>
        <translation>%1: Das Lesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>FirstImageSummaryWidget</name>
    <message>
        <source>Before Fiwix (inferred):</source>
        <translation>Vor Fiwix (abgeleitet):</translation>
    </message>
    <message>
        <source>Boot Disk</source>
        <translation>Boot-Datenträger</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Stage 1:</source>
        <translation>Stufe 1:</translation>
    </message>
    <message>
        <source>Stage 2 source:</source>
        <translation>Quelltext von Stufe 2:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>builder-hex0:</source>
        <translation>builder-hex0:</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Skript:</translation>
    </message>
    <message>
        <source>Script end:</source>
        <translation>Skriptende:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>After the script:</source>
        <translation>Nach dem Skript:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>File slots used</source>
        <translation>Belegte Dateiplätze</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>File bytes used</source>
        <translation>Belegte Datei-Bytes</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Room before the Fiwix hand-off used (inferred)</source>
        <translation>Belegter Platz vor der Fiwix-Übergabe (abgeleitet)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>boot sector, ends in 55 AA</source>
        <translation>Bootsektor, endet auf 55 AA</translation>
    </message>
    <message>
        <source>no boot signature: the BIOS will not boot this disk</source>
        <translation>keine Bootsignatur: Das BIOS bootet diesen Datenträger nicht</translation>
    </message>
    <message>
        <source>unknown, limits of %1 assumed</source>
        <translation>unbekannt, Grenzen von %1 angenommen</translation>
    </message>
    <message>
        <source>bytes %1 to %2</source>
        <translation>Bytes %1 bis %2</translation>
    </message>
    <message>
        <source>a zero byte, where builder-hex0 stops</source>
        <translation>ein Nullbyte, an dem builder-hex0 anhält</translation>
    </message>
    <message>
        <source>the end of the image, with no zero byte</source>
        <translation>das Ende des Abbilds, ohne Nullbyte</translation>
    </message>
    <message>
        <source>a record cut off by the end of the image</source>
        <translation>ein vom Ende des Abbilds abgeschnittener Datensatz</translation>
    </message>
    <message>
        <source>a line builder-hex0 would misread</source>
        <translation>eine Zeile, die builder-hex0 falsch lesen würde</translation>
    </message>
    <message>
        <source>files: %1 · folders: %2 · commands: %3</source>
        <translation>Dateien: %1 · Ordner: %2 · Befehle: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1, not checked</source>
        <translation>%1, nicht geprüft</translation>
    </message>
    <message>
        <source>%1 of zeros</source>
        <translation>%1 aus Nullen</translation>
    </message>
    <message>
        <source>%1, not all zero</source>
        <translation>%1, nicht alle null</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>The script was not read to its end: its budget is not counted.</source>
        <translation>Das Skript wurde nicht bis zum Ende gelesen: Sein Budget wird nicht gezählt.</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>File slots builder-hex0 has for the whole boot: every src and hex0 record takes one, and so does every file the build writes before Fiwix.</source>
        <translation>Dateiplätze, die builder-hex0 für den gesamten Bootvorgang hat: Jeder src- und hex0-Datensatz belegt einen, ebenso jede Datei, die der Build vor Fiwix schreibt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 of file data</source>
        <translation>%1 von %2 Dateidaten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The image holds no steps/jump/fiwix.sh to read the Fiwix initrd size from.</source>
        <translation>Das Abbild enthält kein steps/jump/fiwix.sh, aus dem sich die Größe der Fiwix-initrd lesen ließe.</translation>
    </message>
    <message>
        <source>%1 of %2 (inferred)</source>
        <translation>%1 von %2 (abgeleitet)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Inferred: %1 left for the files the build writes before Fiwix, after the %2 initrd of %3.</source>
        <translation>Abgeleitet: %1 bleiben für die Dateien, die der Build vor Fiwix schreibt, nach der %2 großen initrd aus %3.</translation>
    </message>
    <message>
        <source>Inferred: the srcfs is %1 too large for the %2 initrd of %3 to fit after it.</source>
        <translation>Abgeleitet: Das srcfs ist %1 zu groß, als dass die %2 große initrd aus %3 danach noch Platz fände.</translation>
    </message>
    <message>
        <source>Inferred from upstream&apos;s sources, not stated by them: the srcfs, the files built before `jump: fiwix` and the Fiwix initrd share builder-hex0&apos;s %1 of file space.</source>
        <translation>Aus den Quellen von Upstream abgeleitet, nicht dort angegeben: Das srcfs, die vor `jump: fiwix` erstellten Dateien und die Fiwix-initrd teilen sich den Dateibereich von builder-hex0 mit %1.</translation>
    </message>
</context>
<context>
    <name>FirstImageTabs</name>
    <message>
        <source>%1 (first boot disk)</source>
        <translation>%1 (erster Boot-Datenträger)</translation>
    </message>
</context>
<context>
    <name>FirstImageVerify</name>
    <message>
        <source>%1: FAILED: the script cannot be read to its end</source>
        <translation>%1: FEHLGESCHLAGEN: Das Skript kann nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>%1: verification canceled</source>
        <translation>%1: Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: listed in the manifest, missing from the image</source>
        <translation>&quot;%1&quot;: im Manifest aufgeführt, fehlt im Abbild</translation>
    </message>
    <message>
        <source>record %1 at byte %2 &quot;%3&quot;: size %4, the manifest says %5</source>
        <translation>Datensatz %1 bei Byte %2 &quot;%3&quot;: Größe %4, laut Manifest %5</translation>
    </message>
    <message>
        <source>record %1 at byte %2 &quot;%3&quot;: SHA-256 %4, the manifest says %5</source>
        <translation>Datensatz %1 bei Byte %2 &quot;%3&quot;: SHA-256 %4, laut Manifest %5</translation>
    </message>
    <message>
        <source>record %1 at byte %2 &quot;%3&quot;: in the image, not in the manifest</source>
        <translation>Datensatz %1 bei Byte %2 &quot;%3&quot;: im Abbild, nicht im Manifest</translation>
    </message>
    <message>
        <source>%1: mismatch: %2</source>
        <translation>%1: Abweichung: %2</translation>
    </message>
    <message>
        <source>builder-hex0 first image, %1 files, %2 folders, %3 commands</source>
        <translation>erstes Abbild von builder-hex0, %1 Dateien, %2 Ordner, %3 Befehle</translation>
    </message>
    <message>
        <source>, %1 hashes checked</source>
        <translation>, %1 Prüfsummen geprüft</translation>
    </message>
    <message>
        <source>%1: OK (%2)</source>
        <translation>%1: OK (%2)</translation>
    </message>
    <message>
        <source>builder-hex0 would fail: %1</source>
        <translation>builder-hex0 würde fehlschlagen: %1</translation>
    </message>
    <message>
        <source>%1 mismatches with the manifest</source>
        <translation>%1 Abweichungen vom Manifest</translation>
    </message>
    <message>
        <source>%1: FAILED (%2): %3</source>
        <translation>%1: FEHLGESCHLAGEN (%2): %3</translation>
    </message>
</context>
<context>
    <name>FirstImageWriter</name>
    <message>
        <source>no space left while writing byte %1 of the image</source>
        <translation>kein Speicherplatz mehr beim Schreiben von Byte %1 des Abbilds</translation>
    </message>
    <message>
        <source>write error at byte %1: %2</source>
        <translation>Schreibfehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the target size cannot be negative (%1 MiB)</source>
        <translation>die Zielgröße kann nicht negativ sein (%1 MiB)</translation>
    </message>
    <message>
        <source>%1: the build was canceled; nothing was written</source>
        <translation>%1: die Erstellung wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the stage-2 source in %1 is no builder-hex0 revision known here; its limits are taken to be those of %2</source>
        <translation>der Quelltext von Stufe 2 in %1 ist keine hier bekannte Revision von builder-hex0; es werden die Grenzen von %2 angenommen</translation>
    </message>
    <message>
        <source>the target size %1 MiB (%2 bytes) is smaller than the image, which needs %3 bytes (%4 MiB)</source>
        <translation>die Zielgröße %1 MiB (%2 Bytes) ist kleiner als das Abbild, das %3 Bytes (%4 MiB) benötigt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s) would make builder-hex0 fail at boot; the image is not written</source>
        <translation>
            <numerusform>%1: %n Befund würde builder-hex0 beim Booten fehlschlagen lassen; das Abbild wird nicht geschrieben</numerusform>
            <numerusform>%1: %n Befunde würden builder-hex0 beim Booten fehlschlagen lassen; das Abbild wird nicht geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation>%1: ist ein Ordner</translation>
    </message>
    <message>
        <source>%1: the file exists; choose another name or allow overwriting</source>
        <translation>%1: Die Datei existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben</translation>
    </message>
    <message>
        <source>%1: the image cannot be written inside the folder it is made from (%2)</source>
        <translation>%1: das Abbild kann nicht in dem Ordner geschrieben werden, aus dem es erstellt wird (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1: in %2 kann keine Datei erstellt werden: %3</translation>
    </message>
    <message>
        <source>%1: the file appeared while the image was written; not replaced</source>
        <translation>%1: die Datei ist während des Schreibens des Abbilds entstanden; nicht ersetzt</translation>
    </message>
    <message>
        <source>%1: cannot move the finished image into place: %2</source>
        <translation>%1: das fertige Abbild kann nicht an seinen Platz verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4</source>
        <translation>%1: %2 (%3): %4</translation>
    </message>
    <message>
        <source>the file vanished since the folder was listed</source>
        <translation>die Datei ist verschwunden, seit der Ordner aufgelistet wurde</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file changed size since the folder was listed (%1 bytes, now %2)</source>
        <translation>die Datei hat ihre Größe geändert, seit der Ordner aufgelistet wurde (%1 Bytes, jetzt %2)</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>the file changed size while it was copied (ended after %1 of %2 bytes)</source>
        <translation>die Datei hat beim Kopieren ihre Größe geändert (endete nach %1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>copy error at byte %1 of the file: %2</source>
        <translation>Kopierfehler bei Byte %1 der Datei: %2</translation>
    </message>
    <message>
        <source>the file changed size while it was copied (%1 bytes, now %2)</source>
        <translation>die Datei hat beim Kopieren ihre Größe geändert (%1 Bytes, jetzt %2)</translation>
    </message>
    <message>
        <source>%1: the script ended at byte %2 where %3 was planned</source>
        <translation>%1: das Skript endete bei Byte %2, wo %3 geplant war</translation>
    </message>
    <message>
        <source>%1: cannot extend the image to %2 bytes: %3</source>
        <translation>%1: das Abbild kann nicht auf %2 Bytes erweitert werden: %3</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HashCache</name>
    <message>
        <source>%1: cannot read the hash cache: %2</source>
        <translation>%1: der Prüfsummen-Cache kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the hash cache is damaged (%2); it is ignored and will be rewritten</source>
        <translation>%1: der Prüfsummen-Cache ist beschädigt (%2); er wird ignoriert und neu geschrieben</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>er endet vorzeitig</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>seine Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>its entry count does not match</source>
        <translation>seine Anzahl der Einträge stimmt nicht</translation>
    </message>
    <message>
        <source>line %1 cannot be read</source>
        <translation>Zeile %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the hash cache</source>
        <translation>%1: der Ordner für den Prüfsummen-Cache kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: the hash cache is locked by another process</source>
        <translation>%1: der Prüfsummen-Cache ist von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <source>%1: cannot write the hash cache: %2</source>
        <translation>%1: der Prüfsummen-Cache kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HelperProgram</name>
    <message>
        <source>Show what a distfile is and its members, or the kind of every entry of an image</source>
        <translation>Anzeigen, was ein Distfile ist und welche Archivmitglieder es hat, oder die Art jedes Eintrags eines Abbilds</translation>
    </message>
    <message>
        <source>Test distfiles, or the entries of an image: truncated, corrupt, not what their name says</source>
        <translation>Distfiles oder die Einträge eines Abbilds testen: abgeschnitten, beschädigt, nicht das, was ihr Name sagt</translation>
    </message>
    <message>
        <source>Write the entries of an image into a tar archive (plain, gz, bz2, xz or zst)</source>
        <translation>Die Einträge eines Abbilds in ein tar-Archiv schreiben (unkomprimiert, gz, bz2, xz oder zst)</translation>
    </message>
    <message>
        <source>cannot start the helper program %1: %2</source>
        <translation>das Hilfsprogramm %1 lässt sich nicht starten: %2</translation>
    </message>
</context>
<context>
    <name>ImageArgument</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is a terminal: pipe an image into it, e.g. &apos;lbpayload list - &lt; external.img&apos;</source>
        <translation>%1 ist ein Terminal: Leiten Sie ein Abbild hinein, z. B. &apos;lbpayload list - &lt; external.img&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImageEntryModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The importer accepts this entry.</source>
        <translation>Der Importer akzeptiert diesen Eintrag.</translation>
    </message>
    <message>
        <source>Header at byte %1, data at byte %2</source>
        <translation>Header bei Byte %1, Daten bei Byte %2</translation>
    </message>
    <message>
        <source>Use Compute SHA-256 to hash this entry</source>
        <translation>Verwenden Sie „SHA-256 berechnen“, um die Prüfsumme dieses Eintrags zu berechnen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data Offset</source>
        <translation>Datenoffset</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ImageKind</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <source>Stop Reading</source>
        <translation>Lesen stoppen</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Image entries</source>
        <translation>Einträge des Abbilds</translation>
    </message>
    <message numerus="yes">
        <source>The importer would reject this image: %n problem(s), listed beside the table.</source>
        <translation>
            <numerusform>Der Importer würde dieses Abbild ablehnen: %n Problem, neben der Tabelle aufgeführt.</numerusform>
            <numerusform>Der Importer würde dieses Abbild ablehnen: %n Probleme, neben der Tabelle aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading was stopped after %n entry(s); the table is incomplete.</source>
        <translation>
            <numerusform>Das Lesen wurde nach %n Eintrag gestoppt; die Tabelle ist unvollständig.</numerusform>
            <numerusform>Das Lesen wurde nach %n Einträgen gestoppt; die Tabelle ist unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This image cannot be read.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dieses Abbild kann nicht gelesen werden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Computing SHA-256</source>
        <translation>SHA-256 wird berechnet</translation>
    </message>
    <message>
        <source>Hashing Failed</source>
        <translation>Prüfsummenberechnung fehlgeschlagen</translation>
    </message>
    <message>
        <source>JSON manifest (*.json)</source>
        <translation>JSON-Manifest (*.json)</translation>
    </message>
    <message>
        <source>TSV manifest (*.tsv)</source>
        <translation>TSV-Manifest (*.tsv)</translation>
    </message>
    <message>
        <source>sha256sum file (*.sha256)</source>
        <translation>sha256sum-Datei (*.sha256)</translation>
    </message>
    <message>
        <source>Export Manifest</source>
        <translation>Manifest exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Verify Against Manifest</source>
        <translation>Anhand eines Manifests prüfen</translation>
    </message>
    <message>
        <source>Manifests (*.json *.tsv *.sha256 *.sha256sum);;All files (*)</source>
        <translation>Manifeste (*.json *.tsv *.sha256 *.sha256sum);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Read Manifest</source>
        <translation>Manifest kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>The image matches %1: %n SHA-256 checked.</source>
        <translation>
            <numerusform>Das Abbild stimmt mit %1 überein: %n SHA-256-Prüfsumme geprüft.</numerusform>
            <numerusform>Das Abbild stimmt mit %1 überein: %n SHA-256-Prüfsummen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image does not match %1.</source>
        <translation>Das Abbild stimmt nicht mit %1 überein.</translation>
    </message>
    <message>
        <source>The importer would also reject it.</source>
        <translation>Der Importer würde es außerdem ablehnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s); see the details.</source>
        <translation>
            <numerusform>%n Abweichung; siehe Details.</numerusform>
            <numerusform>%n Abweichungen; siehe Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n entry(s) before the damage are listed and can still be tested, hashed, extracted and exported as tar; the rest of the image could not be read.</source>
        <translation>
            <numerusform>%n Eintrag vor der Beschädigung ist aufgeführt und kann weiterhin getestet, extrahiert und als tar exportiert werden, auch seine Prüfsumme lässt sich berechnen; der Rest des Abbilds konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Einträge vor der Beschädigung sind aufgeführt und können weiterhin getestet, extrahiert und als tar exportiert werden, auch ihre Prüfsummen lassen sich berechnen; der Rest des Abbilds konnte nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageSummaryWidget</name>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Abbildgröße:</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <source>Trailing bytes:</source>
        <translation>Nachfolgende Bytes:</translation>
    </message>
    <message>
        <source>Importer:</source>
        <translation>Importer:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Importer findings</source>
        <translation>Befunde des Importers</translation>
    </message>
    <message>
        <source>detecting…</source>
        <translation>wird erkannt…</translation>
    </message>
    <message>
        <source>%1 read so far</source>
        <translation>%1 bisher gelesen</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 readable of %2 declared</source>
        <translation>%1 lesbar von %2 angegebenen</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>Das Abbild ist beschädigt: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, all zero</source>
        <translation>%1, alle null</translation>
    </message>
    <message>
        <source>%1, not all zero</source>
        <translation>%1, nicht alle null</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>rejects this image (%n error(s))</source>
        <translation>
            <numerusform>lehnt dieses Abbild ab (%n Fehler)</numerusform>
            <numerusform>lehnt dieses Abbild ab (%n Fehler)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepts it, with %n warning(s)</source>
        <translation>
            <numerusform>akzeptiert es, mit %n Warnung</numerusform>
            <numerusform>akzeptiert es, mit %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>accepts every entry</source>
        <translation>akzeptiert jeden Eintrag</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>%1 bytes follow the last entry (not all checked); the importer ignores them.</source>
        <translation>%1 Bytes folgen auf den letzten Eintrag (nicht alle geprüft); der Importer ignoriert sie.</translation>
    </message>
    <message>
        <source>%1 zero bytes follow the last entry; the importer ignores them.</source>
        <translation>%1 Null-Bytes folgen auf den letzten Eintrag; der Importer ignoriert sie.</translation>
    </message>
    <message>
        <source>%1 bytes follow the last entry and not all are zero; the importer ignores them.</source>
        <translation>%1 Bytes folgen auf den letzten Eintrag und nicht alle sind null; der Importer ignoriert sie.</translation>
    </message>
    <message>
        <source>The importer finds nothing, but entries failed the integrity test: %1 (see the Status column).</source>
        <translation>Der Importer findet nichts, aber Einträge haben die Integritätsprüfung nicht bestanden: %1 (siehe Spalte Status).</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Files Added</source>
        <translation>Dateien hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n Datei hinzugefügt.</numerusform>
            <numerusform>%n Dateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) were not added:</source>
        <translation>
            <numerusform>%n Quelle wurde nicht hinzugefügt:</numerusform>
            <numerusform>%n Quellen wurden nicht hinzugefügt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Sources not added</source>
        <translation>Nicht hinzugefügte Quellen</translation>
    </message>
</context>
<context>
    <name>ImporterRules</name>
    <message>
        <source>The name is empty; the importer rejects names of length 0.</source>
        <translation>Der Name ist leer; der Importer lehnt Namen der Länge 0 ab.</translation>
    </message>
    <message>
        <source>The name is %1 bytes long; the importer rejects names above %2 bytes.</source>
        <translation>Der Name ist %1 Bytes lang; der Importer lehnt Namen mit mehr als %2 Bytes ab.</translation>
    </message>
    <message>
        <source>The name contains &apos;/&apos;; the importer rejects names with a path separator.</source>
        <translation>Der Name enthält &apos;/&apos;; der Importer lehnt Namen mit einem Pfadtrennzeichen ab.</translation>
    </message>
    <message>
        <source>The name contains &apos;\&apos;; the importer rejects names with a backslash.</source>
        <translation>Der Name enthält &apos;\&apos;; der Importer lehnt Namen mit einem Backslash ab.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8; the file will get a name no tool displays correctly.</source>
        <translation>Der Name ist kein gültiges UTF-8; die Datei erhält einen Namen, den kein Werkzeug korrekt anzeigt.</translation>
    </message>
    <message>
        <source>The image holds %1 entries; the importer rejects more than %2.</source>
        <translation>Das Abbild enthält %1 Einträge; der Importer lehnt mehr als %2 ab.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by entry %2; the importer overwrites that file with this one.</source>
        <translation>Der Name &quot;%1&quot; wird bereits von Eintrag %2 verwendet; der Importer überschreibt jene Datei mit dieser.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show an image&apos;s layout, sizes and what the importer would say about it</source>
        <translation>Layout und Größen eines Abbilds anzeigen sowie das, was der Importer dazu sagen würde</translation>
    </message>
    <message>
        <source>info [--json] IMAGE</source>
        <translation>info [--json] IMAGE</translation>
    </message>
    <message>
        <source>Describe an image.</source>
        <translation>Ein Abbild beschreiben.</translation>
    </message>
    <message>
        <source>Ask whether the importer would accept the image on a disk.</source>
        <translation>Abfragen, ob der Importer das Abbild auf einem Datenträger akzeptieren würde.</translation>
    </message>
    <message>
        <source>Print JSON (schema in the documentation).</source>
        <translation>JSON ausgeben (Schema in der Dokumentation).</translation>
    </message>
    <message>
        <source>The image: a file, a block device, or - for standard input.</source>
        <translation>Das Abbild: eine Datei, ein Blockgerät oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>(not all checked)</source>
        <translation>(nicht alle geprüft)</translation>
    </message>
    <message>
        <source>(all zero)</source>
        <translation>(alle null)</translation>
    </message>
    <message>
        <source>(not all zero)</source>
        <translation>(nicht alle null)</translation>
    </message>
    <message>
        <source>rejects the image (%1)</source>
        <translation>lehnt das Abbild ab (%1)</translation>
    </message>
    <message>
        <source>accepts the image (%1)</source>
        <translation>akzeptiert das Abbild (%1)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Abbild:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Payload bytes:</source>
        <translation>Payload-Bytes:</translation>
    </message>
    <message>
        <source>Image bytes:</source>
        <translation>Abbild-Bytes:</translation>
    </message>
    <message>
        <source>Trailing bytes:</source>
        <translation>Nachfolgende Bytes:</translation>
    </message>
    <message>
        <source>Importer:</source>
        <translation>Importer:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Prints the layout (and how it was told), the entry count, the payload bytes (the entries&apos; data), the image bytes, the bytes after the last entry, and every finding of the importer&apos;s rules. Exits with 1 when the importer would reject the image. For a first boot disk (init.img, builder-hex0): its stages, script, counts, builder-hex0&apos;s file and byte budget, the Fiwix hand-off figure (inferred) and the findings; exit 1 when builder-hex0 would fail, 3 when the script cannot be read to its end.</source>
        <translation>Gibt das Layout (und wie es erkannt wurde), die Anzahl der Einträge, die Payload-Bytes (die Daten der Einträge), die Abbild-Bytes, die Bytes nach dem letzten Eintrag und jeden Befund der Regeln des Importers aus. Beendet sich mit 1, wenn der Importer das Abbild ablehnen würde. Für einen ersten Boot-Datenträger (init.img, builder-hex0): seine Stufen, sein Skript, die Anzahlen, das Datei- und Byte-Budget von builder-hex0, den Wert der Fiwix-Übergabe (abgeleitet) und die Befunde; Rückgabewert 1, wenn builder-hex0 fehlschlagen würde, 3, wenn das Skript nicht bis zum Ende gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>InputCollector</name>
    <message>
        <source>%1: cannot read the folder</source>
        <translation>%1: der Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is neither a regular file nor a folder</source>
        <translation>%1: ist weder eine reguläre Datei noch ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: %3: %4</source>
        <translation>%1: Eintrag &quot;%2&quot;: %3: %4</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation>Standardeingabe: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>InputTap</name>
    <message>
        <source>The source cannot be read.</source>
        <translation>Die Quelle kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>inspect [--json] FILE|IMAGE [ENTRY]</source>
        <translation>inspect [--json] FILE|IMAGE [ENTRY]</translation>
    </message>
    <message>
        <source>Tells what a distfile is from its bytes (tar, tar.gz, tar.xz, zip, 7z, ar, a lone compressed file, plain data), compares that with what its name promises, and lists its members: type and mode, size, modification time (UTC), path and link target, like &apos;tar -tv&apos;. The data is read to its end on the way, so a truncated or damaged archive shows too. Then come the findings: a name that does not match the content (an HTML page named .tar.gz), members that would land outside the folder they are unpacked in. Given an image (LBPAYLD1) without ENTRY, prints the kind of every entry, one line each: index, size, kind, name. With ENTRY (a name, or an index when no entry has that name), lists that entry, read in place inside the image. Exits with 0 when everything is readable and as named, 1 on a failure or an error finding, 3 when the file cannot be read.</source>
        <translation>Erkennt anhand seiner Bytes, was ein Distfile ist (tar, tar.gz, tar.xz, zip, 7z, ar, eine einzelne komprimierte Datei, einfache Daten), vergleicht dies mit dem, was sein Name verspricht, und listet seine Archivmitglieder auf: Typ und Modus, Größe, Änderungszeit (UTC), Pfad und Verknüpfungsziel, wie &apos;tar -tv&apos;. Die Daten werden dabei bis zum Ende gelesen, sodass auch ein abgeschnittenes oder beschädigtes Archiv erkannt wird. Danach folgen die Befunde: ein Name, der nicht zum Inhalt passt (eine HTML-Seite namens .tar.gz), Archivmitglieder, die außerhalb des Ordners landen würden, in den sie entpackt werden. Bei einem Abbild (LBPAYLD1) ohne ENTRY wird die Art jedes Eintrags ausgegeben, eine Zeile pro Eintrag: Index, Größe, Art, Name. Mit ENTRY (ein Name oder ein Index, wenn kein Eintrag diesen Namen hat) wird dieser Eintrag aufgelistet, direkt innerhalb des Abbilds gelesen. Beendet sich mit 0, wenn alles lesbar ist und dem Namen entspricht, mit 1 bei einem Fehler oder einem Fehlerbefund, mit 3, wenn die Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>Kind, members and findings of a distfile.</source>
        <translation>Art, Archivmitglieder und Befunde eines Distfiles.</translation>
    </message>
    <message>
        <source>The kind of every entry of an image.</source>
        <translation>Die Art jedes Eintrags eines Abbilds.</translation>
    </message>
    <message>
        <source>The members of one entry, read inside the image.</source>
        <translation>Die Archivmitglieder eines Eintrags, innerhalb des Abbilds gelesen.</translation>
    </message>
    <message>
        <source>The member paths of entry 3, through the JSON output.</source>
        <translation>Die Pfade der Archivmitglieder von Eintrag 3, über die JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Print JSON (schema in the documentation).</source>
        <translation>JSON ausgeben (Schema in der Dokumentation).</translation>
    </message>
    <message>
        <source>A distfile, or an image (LBPAYLD1).</source>
        <translation>Ein Distfile oder ein Abbild (LBPAYLD1).</translation>
    </message>
    <message>
        <source>For an image: the entry to list, by name or index; without it, the kind of every entry.</source>
        <translation>Bei einem Abbild: der aufzulistende Eintrag, nach Name oder Index; ohne Angabe die Art jedes Eintrags.</translation>
    </message>
    <message>
        <source>inspect needs a file or a block device: looking inside an archive needs random access, which standard input does not give</source>
        <translation>inspect benötigt eine Datei oder ein Blockgerät: Der Blick in ein Archiv erfordert wahlfreien Zugriff, den die Standardeingabe nicht bietet</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: is a folder; give a distfile or an image</source>
        <translation>%1: ist ein Ordner; geben Sie ein Distfile oder ein Abbild an</translation>
    </message>
    <message>
        <source>%1 is not an image (no LBPAYLD1 magic), so it has no entry &quot;%2&quot;</source>
        <translation>%1 ist kein Abbild (keine LBPAYLD1-Kennung), daher hat es keinen Eintrag &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no entry named &quot;%2&quot;, and it is not an index from 0 to %3</source>
        <translation>%1: kein Eintrag namens &quot;%2&quot;, und es ist kein Index von 0 bis %3</translation>
    </message>
    <message>
        <source>the entry cannot be opened</source>
        <translation>der Eintrag kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: entry %2 &quot;%3&quot; at byte %4: cannot be read: %5</source>
        <translation>%1: Eintrag %2 &quot;%3&quot; bei Byte %4: kann nicht gelesen werden: %5</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>%1: entry %2 &quot;%3&quot; at byte %4</source>
        <translation>%1: Eintrag %2 &quot;%3&quot; bei Byte %4</translation>
    </message>
    <message>
        <source>%1: inspection canceled</source>
        <translation>%1: Untersuchung abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, entry %2 &quot;%3&quot;</source>
        <translation>%1, Eintrag %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>promises no kind</source>
        <translation>verspricht keine Art</translation>
    </message>
    <message>
        <source>agrees with the content</source>
        <translation>stimmt mit dem Inhalt überein</translation>
    </message>
    <message>
        <source>promises %1</source>
        <translation>verspricht %1</translation>
    </message>
    <message>
        <source>unknown (not read to the end)</source>
        <translation>unbekannt (nicht bis zum Ende gelesen)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Unpacked:</source>
        <translation>Entpackt:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Archivmitglieder:</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>IntegrityController</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n distfile(s)</source>
        <translation>
            <numerusform>%n Distfile wird getestet</numerusform>
            <numerusform>%n Distfiles werden getestet</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading every archive to its end and checking it</source>
        <translation>Jedes Archiv wird bis zum Ende gelesen und geprüft</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <source>%1 truncated</source>
        <translation>%1 abgeschnitten</translation>
    </message>
    <message>
        <source>%1 corrupt</source>
        <translation>%1 beschädigt</translation>
    </message>
    <message>
        <source>%1 unsupported</source>
        <translation>%1 nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 not what the name says</source>
        <translation>%1 nicht, was der Name angibt</translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <source>%1 canceled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 unsafe</source>
        <translation>%1 unsicher</translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) tested: %1</source>
        <translation>
            <numerusform>%n Distfile getestet: %1</numerusform>
            <numerusform>%n Distfiles getestet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tested (canceled)</source>
        <translation>
            <numerusform>%n nicht getestet (abgebrochen)</numerusform>
            <numerusform>%n nicht getestet (abgebrochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. The status column tells what failed and where.</source>
        <translation>%1. Die Statusspalte sagt, was wo fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The test was canceled before any distfile was tested.</source>
        <translation>Der Test wurde abgebrochen, bevor ein Distfile getestet wurde.</translation>
    </message>
</context>
<context>
    <name>IntegrityStatus</name>
    <message>
        <source>Unsafe</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Falscher Inhalt</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity test:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Integritätstest:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Archivmitglied: %1</translation>
    </message>
    <message>
        <source>At byte %1 of the unpacked data</source>
        <translation>Bei Byte %1 der entpackten Daten</translation>
    </message>
    <message>
        <source>Near byte %1 of the file</source>
        <translation>Nahe Byte %1 der Datei</translation>
    </message>
</context>
<context>
    <name>IntegrityTester</name>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>the entry cannot be opened in %1</source>
        <translation>der Eintrag kann in %1 nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>canceled before it was tested</source>
        <translation>vor der Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>%1, record %2 (%3)</source>
        <extracomment>image file name, record N, its path in the srcfs</extracomment>
        <translation>%1, Datensatz %2 (%3)</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Current entry</source>
        <translation>Aktueller Eintrag</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Bytes, rate and time left</source>
        <translation>Bytes, Rate und verbleibende Zeit</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the entries of an image: index, data offset, size, name</source>
        <translation>Die Einträge eines Abbilds auflisten: Index, Daten-Offset, Größe, Name</translation>
    </message>
    <message>
        <source>list [--json] IMAGE</source>
        <translation>list [--json] IMAGE</translation>
    </message>
    <message>
        <source>List the entries.</source>
        <translation>Die Einträge auflisten.</translation>
    </message>
    <message>
        <source>Names of the entries on a disk, through the JSON output.</source>
        <translation>Namen der Einträge auf einem Datenträger, über die JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>List an image as it is downloaded.</source>
        <translation>Ein Abbild auflisten, während es heruntergeladen wird.</translation>
    </message>
    <message>
        <source>Print the manifest JSON (without hashes).</source>
        <translation>Das Manifest-JSON ausgeben (ohne Prüfsummen).</translation>
    </message>
    <message>
        <source>The image: a file, a block device, or - for standard input.</source>
        <translation>Das Abbild: eine Datei, ein Blockgerät oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Prints one line per entry: its index, the byte offset of its data in the image, its size in bytes and its name, in image order. Control characters and backslashes in names are written as backslash escapes, so every line holds exactly one entry. With --json, prints the manifest JSON without hashes instead. When the image is broken, the entries before the damage are listed and the exit code is 3. A first boot disk (init.img, builder-hex0) lists one line per script record: index, kind (file, folder, hex0, command), offset of its line, data offset, size and path; its JSON says &quot;format&quot;: &quot;builder-hex0&quot;.</source>
        <translation>Gibt eine Zeile pro Eintrag aus: seinen Index, den Byte-Offset seiner Daten im Abbild, seine Größe in Bytes und seinen Namen, in der Reihenfolge des Abbilds. Steuerzeichen und Backslashes in Namen werden als Backslash-Escapes geschrieben, sodass jede Zeile genau einen Eintrag enthält. Mit --json wird stattdessen das Manifest-JSON ohne Prüfsummen ausgegeben. Ist das Abbild beschädigt, werden die Einträge vor der Beschädigung aufgelistet und der Rückgabewert ist 3. Ein erster Boot-Datenträger (init.img, builder-hex0) gibt eine Zeile pro Skript-Datensatz aus: Index, Art (file, folder, hex0, command), Offset seiner Zeile, Datenoffset, Größe und Pfad; sein JSON enthält &quot;format&quot;: &quot;builder-hex0&quot;.</translation>
    </message>
</context>
<context>
    <name>ListFileController</name>
    <message>
        <source>Cannot Open List</source>
        <translation>Liste kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open List %1</source>
        <translation>Liste %1 öffnen</translation>
    </message>
    <message>
        <source>Cannot Save List</source>
        <translation>Liste kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Open List</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <source>Lists (*.txt *.list);;All files (*)</source>
        <translation>Listen (*.txt *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Liste speichern</translation>
    </message>
    <message>
        <source>Lists (*.list *.txt);;All files (*)</source>
        <translation>Listen (*.list *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved List</source>
        <translation>Nicht gespeicherte Liste</translation>
    </message>
    <message>
        <source>The list has changes that are not saved. Save them before quitting?</source>
        <translation>Die Liste enthält nicht gespeicherte Änderungen. Sollen sie vor dem Beenden gespeichert werden?</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New List</source>
        <translation>&amp;Neue Liste</translation>
    </message>
    <message>
        <source>Start an empty list</source>
        <translation>Eine leere Liste beginnen</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>Abbild ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Inspect an existing payload image</source>
        <translation>Ein vorhandenes Payload-Abbild untersuchen</translation>
    </message>
    <message>
        <source>Open &amp;List…</source>
        <translation>&amp;Liste öffnen…</translation>
    </message>
    <message>
        <source>Open a list of “name path” lines, as upstream&apos;s shell recipe reads them</source>
        <translation>Eine Liste mit Zeilen der Form „name path“ öffnen, wie sie das Shell-Rezept des Upstream-Projekts liest</translation>
    </message>
    <message>
        <source>&amp;Save List</source>
        <translation>Liste &amp;speichern</translation>
    </message>
    <message>
        <source>Save the list in upstream&apos;s list format</source>
        <translation>Die Liste im Listenformat des Upstream-Projekts speichern</translation>
    </message>
    <message>
        <source>Save List &amp;As…</source>
        <translation>Liste speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the list under a new name</source>
        <translation>Die Liste unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files to the list</source>
        <translation>Dateien zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add the files of a folder to the list</source>
        <translation>Die Dateien eines Ordners zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Add Folder with &amp;Subfolders…</source>
        <translation>Ordner mit &amp;Unterordnern hinzufügen…</translation>
    </message>
    <message>
        <source>Add the files of a folder and of all its subfolders</source>
        <translation>Die Dateien eines Ordners und aller seiner Unterordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Build Image…</source>
        <translation>Abbild &amp;erstellen…</translation>
    </message>
    <message>
        <source>Write the list into a payload image</source>
        <translation>Die Liste in ein Payload-Abbild schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Payload Studio</source>
        <translation>Payload Studio beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Add the files whose paths or URLs are on the clipboard</source>
        <translation>Die Dateien hinzufügen, deren Pfade oder URLs in der Zwischenablage stehen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>Rename the entry in the image</source>
        <translation>Den Eintrag im Abbild umbenennen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entries from the list</source>
        <translation>Die ausgewählten Einträge aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every entry</source>
        <translation>Alle Einträge auswählen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected entries one place up</source>
        <translation>Die ausgewählten Einträge um eine Position nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>Move the selected entries one place down</source>
        <translation>Die ausgewählten Einträge um eine Position nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Sort by Name</source>
        <translation>Nach &amp;Name sortieren</translation>
    </message>
    <message>
        <source>Sort the list by name in code-point order, as upstream&apos;s generator writes it</source>
        <translation>Die Liste nach Namen in Codepunkt-Reihenfolge sortieren, wie sie der Generator des Upstream-Projekts schreibt</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Show only entries whose name or source matches</source>
        <translation>Nur Einträge anzeigen, deren Name oder Quelle übereinstimmt</translation>
    </message>
    <message>
        <source>&amp;Check Sources Again</source>
        <translation>Quellen erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Look at every source file again (moved, deleted or fixed since it was added)</source>
        <translation>Jede Quelldatei erneut prüfen (seit dem Hinzufügen verschoben, gelöscht oder repariert)</translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Remove every entry</source>
        <translation>Alle Einträge entfernen</translation>
    </message>
    <message>
        <source>&amp;Extract Selected…</source>
        <translation>Ausgewählte e&amp;xtrahieren…</translation>
    </message>
    <message>
        <source>Copy the selected entries into a folder</source>
        <translation>Die ausgewählten Einträge in einen Ordner kopieren</translation>
    </message>
    <message>
        <source>Extract &amp;All…</source>
        <translation>&amp;Alle extrahieren…</translation>
    </message>
    <message>
        <source>Copy every entry into a folder</source>
        <translation>Alle Einträge in einen Ordner kopieren</translation>
    </message>
    <message>
        <source>Compute SHA-256 of &amp;Selected</source>
        <translation>SHA-256 der &amp;Auswahl berechnen</translation>
    </message>
    <message>
        <source>Hash the selected entries</source>
        <translation>Prüfsummen der ausgewählten Einträge berechnen</translation>
    </message>
    <message>
        <source>Compute SHA-256 of A&amp;ll</source>
        <translation>SHA-256 a&amp;ller Einträge berechnen</translation>
    </message>
    <message>
        <source>Hash every entry</source>
        <translation>Prüfsummen aller Einträge berechnen</translation>
    </message>
    <message>
        <source>Export &amp;Manifest…</source>
        <translation>&amp;Manifest exportieren…</translation>
    </message>
    <message>
        <source>Write the entries with their SHA-256 as JSON, TSV or a sha256sum file</source>
        <translation>Die Einträge mit ihrer SHA-256 als JSON, TSV oder sha256sum-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Verify Against Manifest…</source>
        <translation>Anhand des Manifests &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check every entry&apos;s size and SHA-256 against a manifest</source>
        <translation>Größe und SHA-256 jedes Eintrags anhand eines Manifests prüfen</translation>
    </message>
    <message>
        <source>Edit as &amp;New Payload</source>
        <translation>Als &amp;neue Payload bearbeiten</translation>
    </message>
    <message>
        <source>Make the entries an authoring list sourced from this image, to add or drop files and rebuild</source>
        <translation>Die Einträge in eine Bearbeitungsliste mit diesem Abbild als Quelle übernehmen, um Dateien hinzuzufügen oder zu entfernen und neu zu erstellen</translation>
    </message>
    <message>
        <source>&amp;About Payload Studio</source>
        <translation>Ü&amp;ber Payload Studio</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>Die verwendete Qt-Version</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Abbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Export as &amp;Tar…</source>
        <translation>Als &amp;Tar exportieren…</translation>
    </message>
    <message>
        <source>Write every entry of the image into a tar archive (plain, gz, bz2, xz or zst)</source>
        <translation>Jeden Eintrag des Abbilds in ein tar-Archiv schreiben (unkomprimiert, gz, bz2, xz oder zst)</translation>
    </message>
    <message>
        <source>Export Selected as Ta&amp;r…</source>
        <translation>Auswahl als Ta&amp;r exportieren…</translation>
    </message>
    <message>
        <source>Write the selected entries of the image into a tar archive</source>
        <translation>Die ausgewählten Einträge des Abbilds in ein tar-Archiv schreiben</translation>
    </message>
    <message>
        <source>Show Archive &amp;Inspector</source>
        <translation>Archiv-&amp;Inspektor anzeigen</translation>
    </message>
    <message>
        <source>Show what is inside the current entry: its kind, members and findings</source>
        <translation>Zeigen, was im aktuellen Eintrag steckt: seine Art, Archivmitglieder und Befunde</translation>
    </message>
    <message>
        <source>&amp;Test Integrity of Selected</source>
        <translation>Integrität der &amp;Auswahl testen</translation>
    </message>
    <message>
        <source>Read the selected distfiles to their end and check them: truncated, corrupt, not what the name says</source>
        <translation>Die ausgewählten Distfiles bis zum Ende lesen und prüfen: abgeschnitten, beschädigt, nicht, was der Name angibt</translation>
    </message>
    <message>
        <source>Test &amp;Integrity of All</source>
        <translation>Integrität a&amp;ller testen</translation>
    </message>
    <message>
        <source>Read every distfile to its end and check it, on all cores</source>
        <translation>Jedes Distfile bis zum Ende lesen und prüfen, auf allen Kernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>E&amp;ntries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Unterfenster sc&amp;hließen</translation>
    </message>
    <message>
        <source>Close the image or checkout shown</source>
        <translation>Das angezeigte Abbild oder den angezeigten Checkout schließen</translation>
    </message>
    <message>
        <source>Open live-bootstrap &amp;Checkout…</source>
        <translation>live-bootstrap-&amp;Checkout öffnen…</translation>
    </message>
    <message>
        <source>Check a live-bootstrap checkout&apos;s distfiles and build its external.img</source>
        <translation>Die Distfiles eines live-bootstrap-Checkouts prüfen und daraus external.img erstellen</translation>
    </message>
    <message>
        <source>&amp;Check Distfiles Again</source>
        <translation>Distfiles erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Look at every distfile of the checkout again (unchanged files are not read again)</source>
        <translation>Jedes Distfile des Checkouts erneut prüfen (unveränderte Dateien werden nicht erneut gelesen)</translation>
    </message>
    <message>
        <source>&amp;Fetch Missing</source>
        <translation>Fehlende &amp;herunterladen</translation>
    </message>
    <message>
        <source>Download the missing and wrong distfiles, from the mirrors first, then from their own URLs</source>
        <translation>Die fehlenden und falschen Distfiles herunterladen, zuerst von den Spiegelservern, dann von ihren eigenen URLs</translation>
    </message>
    <message>
        <source>Copy Missing &amp;URLs</source>
        <translation>Fehlende &amp;URLs kopieren</translation>
    </message>
    <message>
        <source>&amp;Build external.img…</source>
        <translation>external.img &amp;erstellen…</translation>
    </message>
    <message>
        <source>Write the external half into external.img, as upstream&apos;s generator does (every distfile must be OK)</source>
        <translation>Die externe Hälfte in external.img schreiben, wie es der Generator von Upstream tut (jedes Distfile muss OK sein)</translation>
    </message>
    <message>
        <source>Open as Payload &amp;List</source>
        <translation>Als Payload-&amp;Liste öffnen</translation>
    </message>
    <message>
        <source>Make external.img&apos;s distfiles the authoring list, for custom changes</source>
        <translation>Die Distfiles von external.img zur Bearbeitungsliste machen, für eigene Änderungen</translation>
    </message>
    <message>
        <source>Distfile &amp;Mirrors…</source>
        <translation>Distfile-&amp;Spiegelserver…</translation>
    </message>
    <message>
        <source>The mirrors Fetch Missing tries before each distfile&apos;s own URL</source>
        <translation>Die Spiegelserver, die „Fehlende herunterladen“ vor der eigenen URL jedes Distfiles versucht</translation>
    </message>
    <message>
        <source>&amp;Checkout</source>
        <translation>&amp;Checkout</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>Put the URLs of the missing and wrong distfiles on the clipboard, one per line</source>
        <translation>Die URLs der fehlenden und falschen Distfiles in die Zwischenablage legen, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Write to Disk…</source>
        <translation>&amp;Auf Datenträger schreiben…</translation>
    </message>
    <message>
        <source>Write the image to a whole disk (a USB stick) and read it back</source>
        <translation>Das Abbild auf einen ganzen Datenträger (einen USB-Stick) schreiben und zurücklesen</translation>
    </message>
    <message>
        <source>Open Both Dis&amp;ks…</source>
        <translation>Be&amp;ide Datenträger öffnen…</translation>
    </message>
    <message>
        <source>Check whether init.img and external.img boot together from a checkout</source>
        <translation>Prüfen, ob init.img und external.img gemeinsam aus einem Checkout booten</translation>
    </message>
    <message>
        <source>List Toolbar</source>
        <translation>Listen-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Image Toolbar</source>
        <translation>Abbild-Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open lists and images</source>
        <translation>Listen und Abbilder öffnen</translation>
    </message>
    <message>
        <source>New Payload</source>
        <translation>Neue Payload</translation>
    </message>
    <message>
        <source>The clipboard holds no file paths or file URLs.</source>
        <translation>Die Zwischenablage enthält keine Dateipfade oder Datei-URLs.</translation>
    </message>
    <message>
        <source>%1[*] — Payload Studio</source>
        <translation>%1[*] — Payload Studio</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add Folder with Subfolders</source>
        <translation>Ordner mit Unterordnern hinzufügen</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Abbild öffnen</translation>
    </message>
    <message>
        <source>Edit %1 as New Payload</source>
        <translation>%1 als neue Payload bearbeiten</translation>
    </message>
    <message>
        <source>About Payload Studio</source>
        <translation>Über Payload Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Payload Studio %1&lt;/h3&gt;&lt;p&gt;Author and inspect live-bootstrap payload images (LBPAYLD1).&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3), KArchive %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Payload Studio %1&lt;/h3&gt;&lt;p&gt;Live-bootstrap-Payload-Abbilder (LBPAYLD1) erstellen und untersuchen.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3), KArchive %4&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build Running</source>
        <translation>Erstellung läuft</translation>
    </message>
    <message>
        <source>An image is being built. Stop the build and quit? The unfinished image will be removed.</source>
        <translation>Ein Abbild wird gerade erstellt. Erstellung anhalten und beenden? Das unfertige Abbild wird entfernt.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
    <message>
        <source>&amp;Continue Building</source>
        <translation>&amp;Weiter erstellen</translation>
    </message>
    <message>
        <source>Writing to a Disk</source>
        <translation>Datenträger wird beschrieben</translation>
    </message>
    <message>
        <source>An image is being written to a disk. Wait for it to finish, or cancel it in its progress window.</source>
        <translation>Ein Abbild wird gerade auf einen Datenträger geschrieben. Warten Sie, bis der Vorgang abgeschlossen ist, oder brechen Sie ihn in seinem Fortschrittsfenster ab.</translation>
    </message>
    <message>
        <source>Disk images (*.img);;All files (*)</source>
        <translation>Datenträgerabbilder (*.img);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>%1: cannot write the manifest: %2</source>
        <translation>%1: das Manifest kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not a JSON manifest: %1 at character %2</source>
        <translation>kein JSON-Manifest: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>not a payload manifest: &quot;format&quot; is not &quot;LBPAYLD1&quot; or &quot;entries&quot; is missing</source>
        <translation>kein Payload-Manifest: &quot;format&quot; ist nicht &quot;LBPAYLD1&quot; oder &quot;entries&quot; fehlt</translation>
    </message>
    <message>
        <source>entry %1: &quot;sha256&quot; is not 64 hex digits</source>
        <translation>Eintrag %1: &quot;sha256&quot; besteht nicht aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>line %1: expected index, name, size, data offset and sha256, separated by tabs</source>
        <translation>Zeile %1: Index, Name, Größe, Datenoffset und sha256 erwartet, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>line %1: not a sha256sum line (&quot;&lt;64 hex digits&gt;  &lt;name&gt;&quot;)</source>
        <translation>Zeile %1: keine sha256sum-Zeile (&quot;&lt;64 hex digits&gt;  &lt;name&gt;&quot;)</translation>
    </message>
    <message>
        <source>%1: cannot read the manifest: %2</source>
        <translation>%1: das Manifest kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: too large for a manifest (%2 bytes)</source>
        <translation>%1: zu groß für ein Manifest (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ManifestCommand</name>
    <message>
        <source>Write the SHA-256 manifest of an image (JSON, TSV or sha256sum)</source>
        <translation>Das SHA-256-Manifest eines Abbilds schreiben (JSON, TSV oder sha256sum)</translation>
    </message>
    <message>
        <source>manifest [--format json|tsv|sha256] [-o FILE [--force]] IMAGE</source>
        <translation>manifest [--format json|tsv|sha256] [-o FILE [--force]] IMAGE</translation>
    </message>
    <message>
        <source>The JSON manifest.</source>
        <translation>Das JSON-Manifest.</translation>
    </message>
    <message>
        <source>A checksum file; after &apos;lbpayload extract external.img -C out&apos;, &apos;cd out &amp;&amp; sha256sum -c ../SHA256SUMS&apos;.</source>
        <translation>Eine Prüfsummendatei; nach &apos;lbpayload extract external.img -C out&apos; folgt &apos;cd out &amp;&amp; sha256sum -c ../SHA256SUMS&apos;.</translation>
    </message>
    <message>
        <source>TSV, reading standard input.</source>
        <translation>TSV, von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Manifest format: json (default), tsv or sha256.</source>
        <translation>Format des Manifests: json (Standard), tsv oder sha256.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>The image: a file, a block device, or - for standard input.</source>
        <translation>Das Abbild: eine Datei, ein Blockgerät oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>unknown manifest format &quot;%1&quot;: use json, tsv or sha256</source>
        <translation>unbekanntes Manifest-Format &quot;%1&quot;: Verwenden Sie json, tsv oder sha256</translation>
    </message>
    <message>
        <source>--force only applies to -o FILE</source>
        <translation>--force gilt nur zusammen mit -o FILE</translation>
    </message>
    <message>
        <source>%1: canceled; no manifest was written</source>
        <translation>%1: abgebrochen; es wurde kein Manifest geschrieben</translation>
    </message>
    <message>
        <source>Hashes every entry of the image and prints its manifest: JSON (the default, schema in the documentation), TSV, or the sha256sum format that &apos;sha256sum -c&apos; checks against extracted files. With -o the manifest is written to a file, which appears complete or not at all. For a first boot disk (init.img, builder-hex0), the JSON lists every script record and hashes its files; TSV and sha256 list the files by their paths.</source>
        <translation>Berechnet die Prüfsumme jedes Eintrags des Abbilds und gibt sein Manifest aus: JSON (Standard, Schema in der Dokumentation), TSV oder das sha256sum-Format, mit dem &apos;sha256sum -c&apos; extrahierte Dateien prüft. Mit -o wird das Manifest in eine Datei geschrieben, die entweder vollständig oder gar nicht erscheint. Für einen ersten Boot-Datenträger (init.img, builder-hex0) führt das JSON jeden Skript-Datensatz auf und enthält die Prüfsummen seiner Dateien; TSV und sha256 führen die Dateien nach ihren Pfaden auf.</translation>
    </message>
</context>
<context>
    <name>ManifestOutput</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>MemberSafety</name>
    <message>
        <source>Member &quot;%1&quot; has an absolute path: tar strips the leading &apos;/&apos; and exits with an error, or, with -P, writes outside the folder.</source>
        <translation>Archivmitglied &quot;%1&quot; hat einen absoluten Pfad: tar entfernt den führenden &apos;/&apos; und beendet sich mit einem Fehler oder schreibt mit -P außerhalb des Ordners.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; has a &quot;..&quot; component: tar refuses to unpack it and exits with an error.</source>
        <translation>Archivmitglied &quot;%1&quot; enthält eine &quot;..&quot;-Komponente: tar verweigert das Entpacken und beendet sich mit einem Fehler.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; lies below the symbolic link &quot;%2&quot; stored earlier in the archive: unpacking it would write wherever that link points.</source>
        <translation>Archivmitglied &quot;%1&quot; liegt unterhalb der symbolischen Verknüpfung &quot;%2&quot;, die früher im Archiv gespeichert ist: Beim Entpacken würde dorthin geschrieben, wohin diese Verknüpfung zeigt.</translation>
    </message>
    <message>
        <source>Symbolic link &quot;%1&quot; points to &quot;%2&quot;, outside the folder the archive is unpacked in.</source>
        <translation>Die symbolische Verknüpfung &quot;%1&quot; zeigt auf &quot;%2&quot;, außerhalb des Ordners, in den das Archiv entpackt wird.</translation>
    </message>
    <message>
        <source>Hard link &quot;%1&quot; refers to &quot;%2&quot;, outside the folder the archive is unpacked in.</source>
        <translation>Die harte Verknüpfung &quot;%1&quot; verweist auf &quot;%2&quot;, außerhalb des Ordners, in den das Archiv entpackt wird.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; is a %2: unpacking it as root creates a special file, which no source tarball needs.</source>
        <translation>Archivmitglied &quot;%1&quot; ist vom Typ %2: Beim Entpacken als root entsteht eine Spezialdatei, die kein Quell-Tarball benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n more member(s) with the same problem as above (%1) are not listed one by one.</source>
        <translation>
            <numerusform>%n weiteres Archivmitglied mit demselben Problem wie oben (%1) wird nicht einzeln aufgeführt.</numerusform>
            <numerusform>%n weitere Archivmitglieder mit demselben Problem wie oben (%1) werden nicht einzeln aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MirrorsDialog</name>
    <message>
        <source>Distfile Mirrors</source>
        <translation>Distfile-Spiegelserver</translation>
    </message>
    <message>
        <source>Fetch Missing tries these mirrors first, in this order, as &lt;tt&gt;&amp;lt;mirror&amp;gt;/&amp;lt;file name&amp;gt;&lt;/tt&gt;, then each distfile&apos;s own URL. One URL a line:</source>
        <translation>„Fehlende herunterladen“ versucht zuerst diese Spiegelserver, in dieser Reihenfolge, als &lt;tt&gt;&amp;lt;Spiegelserver&amp;gt;/&amp;lt;Dateiname&amp;gt;&lt;/tt&gt;, dann die eigene URL jedes Distfiles. Eine URL pro Zeile:</translation>
    </message>
    <message>
        <source>Mirror URLs</source>
        <translation>Spiegelserver-URLs</translation>
    </message>
    <message>
        <source>https://mirror.example.org/live-bootstrap/distfiles</source>
        <translation>https://mirror.example.org/live-bootstrap/distfiles</translation>
    </message>
    <message>
        <source>Not an http, https or ftp URL: %1</source>
        <translation>Keine http-, https- oder ftp-URL: %1</translation>
    </message>
</context>
<context>
    <name>MoveEntriesCommand</name>
    <message numerus="yes">
        <source>Move %n Entries</source>
        <translation>
            <numerusform>%n Eintrag verschieben</numerusform>
            <numerusform>%n Einträge verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1: is a directory; give the path of a file to write</source>
        <translation>%1: ist ein Ordner; geben Sie den Pfad einer zu schreibenden Datei an</translation>
    </message>
    <message>
        <source>%1: exists; use --force to replace it</source>
        <translation>%1: existiert bereits; verwenden Sie --force, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder %2 does not exist</source>
        <translation>%1: kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>PairVerification</name>
    <message>
        <source>the check of the two disks was canceled</source>
        <translation>die Prüfung der beiden Datenträger wurde abgebrochen</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 + %2: OK, they boot together from %3 (%4)</source>
        <translation>%1 + %2: OK, sie booten gemeinsam aus %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %2: FAILED: %n problem(s) (%3)</source>
        <translation>
            <numerusform>%1 + %2: FEHLGESCHLAGEN: %n Problem (%3)</numerusform>
            <numerusform>%1 + %2: FEHLGESCHLAGEN: %n Probleme (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>checked: first-half distfiles %1, external distfiles %2, step files %3</source>
        <translation>geprüft: Distfiles der ersten Hälfte %1, externe Distfiles %2, Schrittdateien %3</translation>
    </message>
</context>
<context>
    <name>PayloadExtractor</name>
    <message>
        <source>the name &quot;%1&quot; would refer to the folder itself or its parent</source>
        <translation>der Name &quot;%1&quot; würde auf den Ordner selbst oder seinen übergeordneten Ordner verweisen</translation>
    </message>
    <message>
        <source>the name contains a NUL byte</source>
        <translation>der Name enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>%1: there is no entry %2</source>
        <translation>%1: Es gibt keinen Eintrag %2</translation>
    </message>
    <message>
        <source>%1: entry %2 at byte %3: refused: %4</source>
        <translation>%1: Eintrag %2 bei Byte %3: abgelehnt: %4</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>extraction canceled</source>
        <translation>Extraktion abgebrochen</translation>
    </message>
    <message>
        <source>%1: exists; not overwritten (entry %2)</source>
        <translation>%1: existiert bereits; nicht überschrieben (Eintrag %2)</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1: entry %2 at byte %3: %4</source>
        <translation>%1: Eintrag %2 bei Byte %3: %4</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>%1: cannot move into place: %2</source>
        <translation>%1: kann nicht an den Zielort verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>entry %1 at byte %2: %3</source>
        <translation>Eintrag %1 bei Byte %2: %3</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>bei Byte %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the entry count is truncated (%1 of %2 bytes)</source>
        <translation>die Anzahl der Einträge ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the entry count %1 cannot fit: each entry needs at least %2 bytes and only %3 bytes follow</source>
        <translation>die Anzahl der Einträge %1 ist unmöglich: Jeder Eintrag benötigt mindestens %2 Bytes, es folgen aber nur %3 Bytes</translation>
    </message>
    <message>
        <source>more than %1 entries: listing stops here (the importer accepts at most %2)</source>
        <translation>mehr als %1 Einträge: Die Auflistung endet hier (der Importer akzeptiert höchstens %2)</translation>
    </message>
    <message>
        <source>the entry header is truncated (%1 of %2 bytes)</source>
        <translation>der Eintragskopf ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the name length %1 runs past the end of the file (%2 bytes left)</source>
        <translation>die Namenslänge %1 reicht über das Dateiende hinaus (%2 Bytes übrig)</translation>
    </message>
    <message>
        <source>the name length %1 is implausible (the importer accepts at most %2 bytes)</source>
        <translation>die Namenslänge %1 ist unplausibel (der Importer akzeptiert höchstens %2 Bytes)</translation>
    </message>
    <message>
        <source>the name is truncated (%1 of %2 bytes)</source>
        <translation>der Name ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the data of &quot;%1&quot; (%2 bytes) runs past the end of the file (%3 bytes left)</source>
        <translation>die Daten von &quot;%1&quot; (%2 Bytes) reichen über das Dateiende hinaus (%3 Bytes übrig)</translation>
    </message>
    <message>
        <source>the size %1 of &quot;%2&quot; is implausible</source>
        <translation>die Größe %1 von &quot;%2&quot; ist unplausibel</translation>
    </message>
    <message>
        <source>the data of &quot;%1&quot; is truncated (%2 of %3 bytes)</source>
        <translation>die Daten von &quot;%1&quot; sind abgeschnitten (%2 von %3 Bytes)</translation>
    </message>
    <message>
        <source>%1: not an LBPAYLD1 image: byte 0 does not start with the magic &quot;LBPAYLD1&quot;</source>
        <translation>%1: kein LBPAYLD1-Abbild: Bei Byte 0 beginnt nicht die Kennung &quot;LBPAYLD1&quot;</translation>
    </message>
    <message>
        <source>%1, as requested</source>
        <translation>%1, wie angefordert</translation>
    </message>
    <message>
        <source>%1: neither layout reads consistently (as u32: %2; as u64: %3)</source>
        <translation>%1: Keines der Layouts lässt sich konsistent lesen (als u32: %2; als u64: %3)</translation>
    </message>
    <message>
        <source>%1: the only consistent reading</source>
        <translation>%1: die einzige konsistente Lesart</translation>
    </message>
    <message>
        <source>%1: both readings are consistent, but only this one is accepted by the importer</source>
        <translation>%1: Beide Lesarten sind konsistent, aber nur diese akzeptiert der Importer</translation>
    </message>
    <message>
        <source>%1: both readings are consistent; this one leaves fewer trailing bytes</source>
        <translation>%1: Beide Lesarten sind konsistent; diese lässt weniger nachfolgende Bytes übrig</translation>
    </message>
    <message>
        <source>ambiguous: both readings are consistent and equally plausible; reading as u32, the design document&apos;s layout</source>
        <translation>mehrdeutig: Beide Lesarten sind konsistent und gleich plausibel; gelesen wird als u32, das Layout des Designdokuments</translation>
    </message>
    <message>
        <source>u64: told from the stream&apos;s header (bytes 12 to 15 are zero)</source>
        <translation>u64: am Kopf des Datenstroms erkannt (Bytes 12 bis 15 sind null)</translation>
    </message>
    <message>
        <source>u32: told from the stream&apos;s header (bytes 12 to 15 are not zero)</source>
        <translation>u32: am Kopf des Datenstroms erkannt (Bytes 12 bis 15 sind nicht null)</translation>
    </message>
    <message>
        <source>%1: reading was canceled</source>
        <translation>%1: Das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 bytes follow the last entry (not all checked); the importer ignores them.</source>
        <translation>%1 Bytes folgen auf den letzten Eintrag (nicht alle geprüft); der Importer ignoriert sie.</translation>
    </message>
    <message>
        <source>%1 zero bytes follow the last entry; the importer ignores them.</source>
        <translation>%1 Null-Bytes folgen auf den letzten Eintrag; der Importer ignoriert sie.</translation>
    </message>
    <message>
        <source>%1 bytes follow the last entry and not all are zero; the importer ignores them.</source>
        <translation>%1 Bytes folgen auf den letzten Eintrag und nicht alle sind null; der Importer ignoriert sie.</translation>
    </message>
</context>
<context>
    <name>PayloadStatusWidget</name>
    <message>
        <source>Entry count</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>Payload-Größe</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Abbildgröße</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Anzahl der Probleme</translation>
    </message>
    <message>
        <source>Target disk:</source>
        <translation>Zieldatenträger:</translation>
    </message>
    <message>
        <source>Target disk size</source>
        <translation>Größe des Zieldatenträgers</translation>
    </message>
    <message>
        <source>The size of the disk the image is meant for: the bar shows how full it will be</source>
        <translation>Die Größe des Datenträgers, für den das Abbild bestimmt ist: Der Balken zeigt, wie voll er sein wird</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Target disk fill</source>
        <translation>Belegung des Zieldatenträgers</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>Payload: %1</translation>
    </message>
    <message>
        <source>Image: %1 (%2)</source>
        <translation>Abbild: %1 (%2)</translation>
    </message>
    <message>
        <source>%1, headers included, before padding</source>
        <translation>%1, einschließlich Header, vor der Auffüllung</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>hashing %n</source>
        <translation>
            <numerusform>%n Prüfsumme wird berechnet</numerusform>
            <numerusform>%n Prüfsummen werden berechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>The image (%1) will not fit on a %2 disk.</source>
        <translation>Das Abbild (%1) passt nicht auf einen Datenträger mit %2.</translation>
    </message>
    <message>
        <source>The image (%1) fits on a %2 disk.</source>
        <translation>Das Abbild (%1) passt auf einen Datenträger mit %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed integrity test(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagener Integritätstest</numerusform>
            <numerusform>%n fehlgeschlagene Integritätstests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content mismatch(es)</source>
        <translation>
            <numerusform>%n mit falschem Inhalt</numerusform>
            <numerusform>%n mit falschem Inhalt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 full</source>
        <translation>%1 belegt</translation>
    </message>
</context>
<context>
    <name>PayloadVerifier</name>
    <message>
        <source>&quot;%1&quot;: listed in the manifest, missing from the image</source>
        <translation>&quot;%1&quot;: im Manifest aufgeführt, fehlt im Abbild</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot;: size %3, the manifest says %4</source>
        <translation>Eintrag %1 &quot;%2&quot;: Größe %3, laut Manifest %4</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot;: SHA-256 %3, the manifest says %4</source>
        <translation>Eintrag %1 &quot;%2&quot;: SHA-256 %3, laut Manifest %4</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot;: in the image, not in the manifest</source>
        <translation>Eintrag %1 &quot;%2&quot;: im Abbild, nicht im Manifest</translation>
    </message>
</context>
<context>
    <name>PayloadWriter</name>
    <message>
        <source>%1: the build cannot start:
%2</source>
        <translation>%1: die Erstellung kann nicht beginnen:
%2</translation>
    </message>
    <message>
        <source>%1: the file exists; choose another name or allow overwriting</source>
        <translation>%1: die Datei existiert; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: ist ein Ordner</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1: in %2 kann keine Datei erstellt werden: %3</translation>
    </message>
    <message>
        <source>%1: write error at byte 0: %2</source>
        <translation>%1: Schreibfehler bei Byte 0: %2</translation>
    </message>
    <message>
        <source>%1: entry %2 &quot;%3&quot; (%4): %5</source>
        <translation>%1: Eintrag %2 &quot;%3&quot; (%4): %5</translation>
    </message>
    <message>
        <source>the source file vanished since it was added</source>
        <translation>die Quelldatei ist verschwunden, seit sie hinzugefügt wurde</translation>
    </message>
    <message>
        <source>cannot open the source: %1</source>
        <translation>die Quelle kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the source changed size since it was added (%1 bytes, now %2)</source>
        <translation>die Größe der Quelle hat sich seit dem Hinzufügen geändert (%1 Bytes, jetzt %2)</translation>
    </message>
    <message>
        <source>write error at byte %1: %2</source>
        <translation>Schreibfehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>no space left while writing byte %1 of the image</source>
        <translation>kein Speicherplatz mehr beim Schreiben von Byte %1 des Abbilds</translation>
    </message>
    <message>
        <source>copy error at byte %1 of the source: %2</source>
        <translation>Kopierfehler bei Byte %1 der Quelle: %2</translation>
    </message>
    <message>
        <source>the source changed size while it was copied (ended after %1 of %2 bytes)</source>
        <translation>die Größe der Quelle hat sich beim Kopieren geändert (Ende nach %1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the source changed size while it was copied (%1 bytes, now %2)</source>
        <translation>die Größe der Quelle hat sich beim Kopieren geändert (%1 Bytes, jetzt %2)</translation>
    </message>
    <message>
        <source>computing SHA-256</source>
        <translation>SHA-256 wird berechnet</translation>
    </message>
    <message>
        <source>%1: the build was canceled; nothing was written</source>
        <translation>%1: die Erstellung wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot pad the image to %2 bytes: %3</source>
        <translation>%1: das Abbild kann nicht auf %2 Bytes aufgefüllt werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot flush the image to disk: %2</source>
        <translation>%1: das Abbild kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished image into place: %2</source>
        <translation>%1: das fertige Abbild kann nicht an seinen Platz verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1: the file appeared while the image was written; not replaced</source>
        <translation>%1: die Datei ist während des Schreibens des Abbilds entstanden; nicht ersetzt</translation>
    </message>
    <message>
        <source>the source changed since it was checked (its size, modification or change time differs)</source>
        <translation>die Quelle hat sich seit der Prüfung geändert (ihre Größe, Änderungszeit oder Statusänderungszeit weicht ab)</translation>
    </message>
    <message>
        <source>the source changed while it was copied (its size, modification or change time differs)</source>
        <translation>die Quelle hat sich beim Kopieren geändert (ihre Größe, Änderungszeit oder Statusänderungszeit weicht ab)</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot; (%3): SHA-256 %4, expected %5</source>
        <translation>Eintrag %1 &quot;%2&quot; (%3): SHA-256 %4, erwartet %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n source(s) do not have the expected SHA-256; nothing was written:
%2</source>
        <translation>
            <numerusform>%1: %n Quelle hat nicht die erwartete SHA-256; es wurde nichts geschrieben:
%2</numerusform>
            <numerusform>%1: %n Quellen haben nicht die erwartete SHA-256; es wurde nichts geschrieben:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBudget</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 u32 or u64, %2 where the checkout says so</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>First image budget (target/init, before improve: %1):</source>
        <translation>Budget des ersten Abbilds (target/init, vor improve: %1):</translation>
    </message>
    <message>
        <source>files  %1 of %2 builder-hex0 can create</source>
        <translation>Dateien  %1 von %2, die builder-hex0 anlegen kann</translation>
    </message>
    <message>
        <source>bytes  %1 of %2 (%3 of %4)</source>
        <translation>Bytes    %1 von %2 (%3 von %4)</translation>
    </message>
    <message>
        <source>Fiwix hand-off (inferred): its ext2 image takes %1 KiB (%2 bytes), %3:%4</source>
        <translation>Fiwix-Übergabe (abgeleitet): ihr ext2-Abbild belegt %1 KiB (%2 Bytes), %3:%4</translation>
    </message>
    <message>
        <source>left for the build&apos;s own files before jump: fiwix (inferred): %1 bytes (%2)</source>
        <translation>bleibt für die eigenen Dateien des Builds vor jump: fiwix (abgeleitet): %1 Bytes (%2)</translation>
    </message>
    <message>
        <source>left for the build&apos;s own files before jump: fiwix (inferred): none, %1 bytes (%2) short</source>
        <translation>bleibt für die eigenen Dateien des Builds vor jump: fiwix (abgeleitet): nichts, %1 Bytes (%2) zu wenig</translation>
    </message>
    <message>
        <source>Fiwix hand-off (inferred): unknown, the checkout has no steps/jump/fiwix.sh with &apos;make_fiwix_initrd -s KIB&apos;</source>
        <translation>Fiwix-Übergabe (abgeleitet): unbekannt, der Checkout hat kein steps/jump/fiwix.sh mit &apos;make_fiwix_initrd -s KIB&apos;</translation>
    </message>
    <message>
        <source>by part:</source>
        <translation>nach Teilen:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>largest files:</source>
        <translation>größte Dateien:</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>note: steps/bootstrap.cfg is not there yet (rootfs.py writes it); counted as one file of unknown size</source>
        <translation>Hinweis: steps/bootstrap.cfg ist noch nicht vorhanden (rootfs.py schreibt sie); als eine Datei unbekannter Größe gezählt</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n distfile(s) of the first image missing, counted as files of unknown size (their bytes are not in the total): %1</source>
        <translation>
            <numerusform>Hinweis: %n Distfile des ersten Abbilds fehlt, als Datei unbekannter Größe gezählt (seine Bytes sind nicht in der Summe enthalten): %1</numerusform>
            <numerusform>Hinweis: %n Distfiles des ersten Abbilds fehlen, als Dateien unbekannter Größe gezählt (ihre Bytes sind nicht in der Summe enthalten): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The first image fits builder-hex0&apos;s limits as far as it is known (see the notes above).</source>
        <translation>Das erste Abbild hält die Grenzen von builder-hex0 ein, soweit es bekannt ist (siehe die Hinweise oben).</translation>
    </message>
    <message>
        <source>The first image fits builder-hex0&apos;s limits.</source>
        <translation>Das erste Abbild hält die Grenzen von builder-hex0 ein.</translation>
    </message>
    <message>
        <source>The first image does not fit builder-hex0&apos;s limits: choose a split step with fewer distfiles before it.</source>
        <translation>Das erste Abbild hält die Grenzen von builder-hex0 nicht ein: Wählen Sie einen Aufteilungsschritt mit weniger Distfiles davor.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show which distfiles of a live-bootstrap checkout go where, and which are missing</source>
        <translation>Anzeigen, welche Distfiles eines live-bootstrap-Checkouts wohin gehören und welche fehlen</translation>
    </message>
    <message>
        <source>plan [--split-at STEP] [--guix] [--distfiles DIR] [--mirror URL]... [--json | --missing-urls] [--no-cache] CHECKOUT</source>
        <translation>plan [--split-at STEP] [--guix] [--distfiles DIR] [--mirror URL]... [--json | --missing-urls] [--no-cache] CHECKOUT</translation>
    </message>
    <message>
        <source>The plan of a checkout and the state of its distfiles folder.</source>
        <translation>Der Plan eines Checkouts und der Zustand seines Distfiles-Ordners.</translation>
    </message>
    <message>
        <source>The split of a build without external.img: later distfiles are downloaded at boot.</source>
        <translation>Die Aufteilung für einen Build ohne external.img: Spätere Distfiles werden beim Booten heruntergeladen.</translation>
    </message>
    <message>
        <source>Download what is missing with wget.</source>
        <translation>Fehlendes mit wget herunterladen.</translation>
    </message>
    <message>
        <source>The names of the external image&apos;s distfiles that are not ready.</source>
        <translation>Die Namen der Distfiles des externen Abbilds, die nicht bereit sind.</translation>
    </message>
    <message>
        <source>Print JSON (schema in the documentation).</source>
        <translation>JSON ausgeben (Schema in der Dokumentation).</translation>
    </message>
    <message>
        <source>Print only one URL a line for each missing or wrong distfile (mirrors first), for wget -i.</source>
        <translation>Nur eine URL pro Zeile für jedes fehlende oder falsche Distfile ausgeben (Spiegelserver zuerst), für wget -i.</translation>
    </message>
    <message>
        <source>--json and --missing-urls cannot be combined</source>
        <translation>--json und --missing-urls können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>interrupted; the distfiles were not all checked</source>
        <translation>unterbrochen; es wurden nicht alle Distfiles geprüft</translation>
    </message>
    <message>
        <source>%1: no URL to download it from: its sources line has &apos;_&apos; and no --mirror was given</source>
        <translation>%1: keine URL zum Herunterladen: Die sources-Zeile enthält &apos;_&apos;, und es wurde kein --mirror angegeben</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Reads steps/manifest and every build step&apos;s sources file of a live-bootstrap checkout and splits the distfiles as upstream&apos;s generator does: those of the build steps before &apos;improve: import_payload&apos; (or --split-at STEP) go into the first image, in manifest order; every other one into external.img, once per file name, sorted by name. Then checks the distfiles folder (CHECKOUT/distfiles or --distfiles): each distfile is OK, has a wrong checksum (both are shown), is missing (its URLs are shown), is not a regular file or cannot be read; files the plan does not use are listed too. Unchanged files are not read again: their SHA-256 comes from the hash cache (--no-cache reads everything). Problems in the checkout&apos;s files are printed as &apos;file:line: error: message&apos;. --missing-urls prints only one URL a line for each distfile that is missing or wrong, for &apos;wget -i -&apos;. Also shows which payload layout the checkout&apos;s importer reads (steps/payload-import-*/src/payload-import.c, else lib/generator.py; u32 when neither says) and the first image&apos;s budget for the split: the files and bytes of the prepared folder against builder-hex0&apos;s limits, what the Fiwix hand-off leaves (inferred) and the largest files. Exits with 0 when every distfile of the external image is present and right and the first image fits, 1 when any is missing or wrong or the first image does not fit, 3 when the checkout cannot be read or split (no such split step, one file name with two checksums).</source>
        <translation>Liest steps/manifest und die sources-Datei jedes Build-Schritts eines live-bootstrap-Checkouts und teilt die Distfiles so auf, wie es der Generator von Upstream tut: Die der Build-Schritte vor &apos;improve: import_payload&apos; (oder --split-at STEP) kommen in das erste Abbild, in der Reihenfolge des Manifests; alle anderen in external.img, einmal pro Dateiname, nach Namen sortiert. Danach wird der Distfiles-Ordner geprüft (CHECKOUT/distfiles oder --distfiles): Jedes Distfile ist OK, hat eine falsche Prüfsumme (beide werden angezeigt), fehlt (seine URLs werden angezeigt), ist keine reguläre Datei oder kann nicht gelesen werden; Dateien, die der Plan nicht verwendet, werden ebenfalls aufgeführt. Unveränderte Dateien werden nicht erneut gelesen: Ihre SHA-256 stammt aus dem Prüfsummen-Cache (--no-cache liest alles). Probleme in den Dateien des Checkouts werden als &apos;file:line: error: message&apos; ausgegeben. --missing-urls gibt nur eine URL pro Zeile für jedes fehlende oder falsche Distfile aus, für &apos;wget -i -&apos;. Zeigt außerdem, welches Payload-Layout der Importer des Checkouts liest (steps/payload-import-*/src/payload-import.c, sonst lib/generator.py; u32, wenn keine davon es angibt), und das Budget des ersten Abbilds für die Aufteilung: die Dateien und Bytes des vorbereiteten Ordners gemessen an den Grenzen von builder-hex0, was die Fiwix-Übergabe übrig lässt (abgeleitet) und die größten Dateien. Beendet sich mit 0, wenn jedes Distfile des externen Abbilds vorhanden und korrekt ist und das erste Abbild passt, mit 1, wenn eines fehlt oder falsch ist oder das erste Abbild nicht passt, mit 3, wenn der Checkout nicht gelesen oder aufgeteilt werden kann (kein solcher Aufteilungsschritt, ein Dateiname mit zwei Prüfsummen).</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message numerus="yes">
        <source>%n distfile(s)</source>
        <translation>
            <numerusform>%n Distfile</numerusform>
            <numerusform>%n Distfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 a count, %2 a state such as &quot;missing&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 vorhanden</translation>
    </message>
    <message>
        <source>no URL: only a mirror (--mirror) can provide it</source>
        <translation>keine URL: Nur ein Spiegelserver (--mirror) kann es bereitstellen</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet    %1</translation>
    </message>
    <message>
        <source>actual   %1</source>
        <translation>tatsächlich %1</translation>
    </message>
    <message>
        <source>First image (before improve: %1, manifest order)</source>
        <translation>Erstes Abbild (vor improve: %1, Reihenfolge des Manifests)</translation>
    </message>
    <message>
        <source>External image (external.img, sorted by name)</source>
        <translation>Externes Abbild (external.img, nach Namen sortiert)</translation>
    </message>
    <message>
        <source>Checkout:</source>
        <translation>Checkout:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <source>Distfiles:</source>
        <translation>Distfiles:</translation>
    </message>
    <message>
        <source>improve: %1 (%2:%3)</source>
        <translation>improve: %1 (%2:%3)</translation>
    </message>
    <message numerus="yes">
        <source>Extra files, not used by the plan: %n</source>
        <translation>
            <numerusform>Zusätzliche Datei, vom Plan nicht verwendet: %n</numerusform>
            <numerusform>Zusätzliche Dateien, vom Plan nicht verwendet: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every distfile of the external image is present and right.</source>
        <translation>Jedes Distfile des externen Abbilds ist vorhanden und korrekt.</translation>
    </message>
    <message numerus="yes">
        <source>Missing or wrong in the external image: %n distfile(s).</source>
        <translation>
            <numerusform>Fehlend oder falsch im externen Abbild: %n Distfile.</numerusform>
            <numerusform>Fehlend oder falsch im externen Abbild: %n Distfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>RangeHasher</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>file: where in it (an entry or record): the read error</extracomment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: hashing was canceled</source>
        <translation>%1: die Prüfsummenberechnung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ReadBackVerifier</name>
    <message>
        <source>%1: entry %2 &quot;%3&quot; (%4 bytes of data at byte %5): SHA-256 %6 on the disk, %7 in the image</source>
        <translation>%1: Eintrag %2 &quot;%3&quot; (%4 Bytes an Daten bei Byte %5): SHA-256 %6 auf dem Datenträger, %7 im Abbild</translation>
    </message>
    <message>
        <source>%1: cannot read %2 bytes at byte %3 to compare</source>
        <translation>%1: %2 Bytes bei Byte %3 können zum Vergleich nicht gelesen werden</translation>
    </message>
    <message>
        <source>header or name byte</source>
        <translation>Header- oder Namensbyte</translation>
    </message>
    <message>
        <source>zero byte after the image</source>
        <translation>Null-Byte nach dem Abbild</translation>
    </message>
    <message>
        <source>%1: %2 at byte %3: 0x%4 on the disk, 0x%5 in the image</source>
        <translation>%1: %2 bei Byte %3: 0x%4 auf dem Datenträger, 0x%5 im Abbild</translation>
    </message>
    <message>
        <source>%1: cannot open for reading back: %2</source>
        <translation>%1: kann nicht zum Zurücklesen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: out of memory for the read-back buffer</source>
        <translation>%1: nicht genug Speicher für den Puffer zum Zurücklesen</translation>
    </message>
    <message>
        <source>%1: the read-back was canceled at byte %2</source>
        <translation>%1: das Zurücklesen wurde bei Byte %2 abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot read at byte %2: %3</source>
        <translation>%1: bei Byte %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: ends at byte %2, before the %3 bytes written</source>
        <translation>%1: endet bei Byte %2, vor dem Ende der %3 geschriebenen Bytes</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RemoveEntriesCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Entries</source>
        <translation>
            <numerusform>%n Eintrag entfernen</numerusform>
            <numerusform>%n Einträge entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameEntryCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>unexpected end of file at byte %1</source>
        <translation>unerwartetes Dateiende bei Byte %1</translation>
    </message>
</context>
<context>
    <name>SortEntriesCommand</name>
    <message>
        <source>Sort by Name</source>
        <translation>Nach Name sortieren</translation>
    </message>
</context>
<context>
    <name>SourceHashJob</name>
    <message>
        <source>the source ended before the entry&apos;s last byte</source>
        <translation>die Quelle endete vor dem letzten Byte des Eintrags</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <source>line %1: expected &quot;&lt;name&gt; &lt;path&gt;&quot;</source>
        <translation>Zeile %1: &quot;&lt;name&gt; &lt;path&gt;&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: cannot read the list: %2</source>
        <translation>%1: die Liste kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot;</source>
        <translation>Eintrag %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: its data comes from inside another file, which the list format cannot express</source>
        <translation>%1: seine Daten stammen aus dem Inneren einer anderen Datei, was das Listenformat nicht ausdrücken kann</translation>
    </message>
    <message>
        <source>%1: the list format cannot hold a name that is empty or contains a space or a line break</source>
        <translation>%1: das Listenformat kann keinen Namen aufnehmen, der leer ist oder ein Leerzeichen oder einen Zeilenumbruch enthält</translation>
    </message>
    <message>
        <source>%1: the list format cannot hold a path with a line break</source>
        <translation>%1: das Listenformat kann keinen Pfad mit Zeilenumbruch aufnehmen</translation>
    </message>
    <message>
        <source>%1: cannot write the list: %2</source>
        <translation>%1: die Liste kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SourceScanJob</name>
    <message>
        <source>the folder cannot be read</source>
        <translation>der Ordner kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) not entered: add the folder with its subfolders to include them</source>
        <translation>
            <numerusform>%n Unterordner nicht durchsucht: Fügen Sie den Ordner mit seinen Unterordnern hinzu, um ihn einzubeziehen</numerusform>
            <numerusform>%n Unterordner nicht durchsucht: Fügen Sie den Ordner mit seinen Unterordnern hinzu, um sie einzubeziehen</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>too large for the %1 layout (4 GiB or more)</source>
        <translation>zu groß für das Layout %1 (4 GiB oder mehr)</translation>
    </message>
</context>
<context>
    <name>SourcesFile</name>
    <message>
        <source>blank line; upstream&apos;s generator stops with an error on it</source>
        <translation>Leerzeile; der Generator von Upstream bricht daran mit einem Fehler ab</translation>
    </message>
    <message>
        <source>fields are separated by more than one space or by tabs; upstream&apos;s generator misreads such a line</source>
        <translation>die Felder sind durch mehr als ein Leerzeichen oder durch Tabulatoren getrennt; der Generator von Upstream liest eine solche Zeile falsch</translation>
    </message>
    <message numerus="yes">
        <source>a g line needs a repository~ref, a URL (or _) and a SHA-256; it has %n field(s)</source>
        <translation>
            <numerusform>eine g-Zeile benötigt ein repository~ref, eine URL (oder _) und eine SHA-256; sie hat %n Feld</numerusform>
            <numerusform>eine g-Zeile benötigt ein repository~ref, eine URL (oder _) und eine SHA-256; sie hat %n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of source (f or g); the line is ignored</source>
        <translation>&quot;%1&quot; ist keine Art von Quelle (f oder g); die Zeile wird ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>an f line needs a URL and a SHA-256; it has %n field(s)</source>
        <translation>
            <numerusform>eine f-Zeile benötigt eine URL und eine SHA-256; sie hat %n Feld</numerusform>
            <numerusform>eine f-Zeile benötigt eine URL und eine SHA-256; sie hat %n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) after the file name are ignored</source>
        <translation>
            <numerusform>%n Feld nach dem Dateinamen wird ignoriert</numerusform>
            <numerusform>%n Felder nach dem Dateinamen werden ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 (64 lower-case hex digits)</source>
        <translation>&quot;%1&quot; ist keine SHA-256 (64 kleingeschriebene Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>the URL is _ and no file name is given, so the distfile has no name</source>
        <translation>die URL ist _ und es ist kein Dateiname angegeben, daher hat das Distfile keinen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a distfile&apos;s name</source>
        <translation>&quot;%1&quot; kann nicht der Name eines Distfiles sein</translation>
    </message>
</context>
<context>
    <name>SrcfsAnalysis</name>
    <message>
        <source>%1: record %2</source>
        <translation>%1: Datensatz %2</translation>
    </message>
    <message>
        <source>%1: record %2 at byte %3</source>
        <translation>%1: Datensatz %2 bei Byte %3</translation>
    </message>
    <message>
        <source>the argument of &quot;%1&quot; is %2 bytes long; builder-hex0 passes at most %3</source>
        <translation>das Argument von &quot;%1&quot; ist %2 Bytes lang; builder-hex0 übergibt höchstens %3</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is %2 bytes long; builder-hex0 keeps names in 1 KiB slots with their terminating zero byte, so at most %3 bytes fit</source>
        <translation>der Name &quot;%1&quot; ist %2 Bytes lang; builder-hex0 speichert Namen samt abschließendem Nullbyte in Plätzen von 1 KiB, daher passen höchstens %3 Bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written before its folder &quot;%2&quot; exists; builder-hex0 cannot create it</source>
        <translation>&quot;%1&quot; wird geschrieben, bevor sein Ordner &quot;%2&quot; existiert; builder-hex0 kann es nicht anlegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by record %2 already; builder-hex0 keeps the later one and spends a file slot on each</source>
        <translation>&quot;%1&quot; wurde bereits von Datensatz %2 geschrieben; builder-hex0 behält den späteren und verbraucht für jeden einen Dateiplatz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written with size 0, so builder-hex0 makes it a folder, not a file; an empty file never arrives as a file</source>
        <translation>&quot;%1&quot; wird mit Größe 0 geschrieben, daher macht builder-hex0 daraus einen Ordner, keine Datei; eine leere Datei kommt nie als Datei an</translation>
    </message>
    <message>
        <source>this is file %1; builder-hex0 has slots for %2 files (every src record, folders included, and every hex0 output takes one)</source>
        <translation>dies ist Datei %1; builder-hex0 hat Plätze für %2 Dateien (jeder src-Datensatz, Ordner eingeschlossen, und jede hex0-Ausgabe belegt einen)</translation>
    </message>
    <message>
        <source>the files so far hold %1 bytes; builder-hex0&apos;s file area holds %2</source>
        <translation>die bisherigen Dateien umfassen %1 Bytes; der Dateibereich von builder-hex0 fasst %2</translation>
    </message>
    <message>
        <source>the srcfs holds %1 bytes and the Fiwix hand-off&apos;s ext2 image (%2 KiB, %3 line %4) needs %5 more behind it: together more than builder-hex0&apos;s %6 bytes (inferred from make_fiwix_initrd)</source>
        <translation>das srcfs umfasst %1 Bytes, und das ext2-Abbild der Fiwix-Übergabe (%2 KiB, %3 Zeile %4) benötigt dahinter %5 weitere: zusammen mehr als die %6 Bytes von builder-hex0 (abgeleitet aus make_fiwix_initrd)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in the file system when this line runs: no earlier record writes it</source>
        <translation>%1 &quot;%2&quot; ist nicht im Dateisystem, wenn diese Zeile läuft: Kein früherer Datensatz schreibt sie</translation>
    </message>
    <message>
        <source>the hex0 input</source>
        <translation>die hex0-Eingabe</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>das Programm</translation>
    </message>
</context>
<context>
    <name>SrcfsCommandModel</name>
    <message>
        <source>Compiles %1 into %2 at boot</source>
        <translation>Kompiliert %1 beim Booten zu %2</translation>
    </message>
    <message>
        <source>Runs %1 with the argument %2</source>
        <translation>Führt %1 mit dem Argument %2 aus</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Input / Argument</source>
        <translation>Eingabe / Argument</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Line Offset</source>
        <translation>Zeilenoffset</translation>
    </message>
</context>
<context>
    <name>SrcfsPlan</name>
    <message>
        <source>seed (stage0-posix and seed/)</source>
        <translation>Seed (stage0-posix und seed/)</translation>
    </message>
    <message>
        <source>steps/</source>
        <translation>steps/</translation>
    </message>
    <message>
        <source>external/distfiles/</source>
        <translation>external/distfiles/</translation>
    </message>
    <message>
        <source>root and fixed tail</source>
        <translation>Wurzel und fester Schlussteil</translation>
    </message>
    <message>
        <source>seed/stage0-posix is missing or empty: the git submodule is not checked out (git submodule update --init --recursive), so its files are not counted and the budget is too low</source>
        <translation>seed/stage0-posix fehlt oder ist leer: Das Git-Submodul ist nicht ausgecheckt (git submodule update --init --recursive), daher werden seine Dateien nicht gezählt und das Budget ist zu niedrig</translation>
    </message>
</context>
<context>
    <name>SrcfsTreeModel</name>
    <message>
        <source>Folder (implied)</source>
        <translation>Ordner (implizit)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No record makes this folder: builder-hex0 only has it if a record before its files does.</source>
        <translation>Kein Datensatz legt diesen Ordner an: builder-hex0 hat ihn nur, wenn ein Datensatz vor seinen Dateien ihn anlegt.</translation>
    </message>
    <message>
        <source>Record %1 at byte %2</source>
        <translation>Datensatz %1 bei Byte %2</translation>
    </message>
    <message>
        <source>Files beneath: %1, with %2</source>
        <translation>Dateien darunter: %1, mit %2</translation>
    </message>
    <message>
        <source>Written %1 times: the last record counts.</source>
        <translation>%1-mal geschrieben: Der letzte Datensatz zählt.</translation>
    </message>
    <message>
        <source>Bytes of a file&apos;s data; for a folder, of every file beneath it</source>
        <translation>Bytes der Daten einer Datei; bei einem Ordner die aller Dateien darunter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Data Offset</source>
        <translation>Datenoffset</translation>
    </message>
    <message>
        <source>Line Offset</source>
        <translation>Zeilenoffset</translation>
    </message>
    <message>
        <source>The last integrity test of a distfile: every stream unpacked and checked to its end</source>
        <translation>Die letzte Integritätsprüfung eines Distfiles: Jeder Datenstrom bis zu seinem Ende entpackt und geprüft</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>SrcfsTreeWalker</name>
    <message>
        <source>%1: cannot read the folder: %2</source>
        <translation>%1: der Ordner kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is not a folder</source>
        <translation>%1: ist kein Ordner</translation>
    </message>
    <message>
        <source>the walk was canceled</source>
        <translation>der Durchlauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot list the folder: %2</source>
        <translation>%1: der Ordner kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1: the symbolic link points nowhere readable (%2)</source>
        <translation>%1: die symbolische Verknüpfung zeigt auf nichts Lesbares (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: neither a file nor a folder (a FIFO, socket or device cannot go in a first image)</source>
        <translation>%1: weder eine Datei noch ein Ordner (ein FIFO, Socket oder Gerät kann nicht in ein erstes Abbild)</translation>
    </message>
</context>
<context>
    <name>StdoutBuffer</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>StepManifest</name>
    <message>
        <source>the line is indented; upstream&apos;s generator ignores it</source>
        <translation>die Zeile ist eingerückt; der Generator von Upstream ignoriert sie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a directive (build, improve, define, jump, uninstall); the line is ignored</source>
        <translation>&quot;%1&quot; ist keine Direktive (build, improve, define, jump, uninstall); die Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>no space after &quot;%1:&quot;; upstream&apos;s generator ignores the line</source>
        <translation>kein Leerzeichen nach &quot;%1:&quot;; der Generator von Upstream ignoriert die Zeile</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; names no step</source>
        <translation>&quot;%1:&quot; nennt keinen Schritt</translation>
    </message>
    <message>
        <source>the step name &quot;%1&quot; is not a folder name under steps/</source>
        <translation>der Schrittname &quot;%1&quot; ist kein Ordnername unter steps/</translation>
    </message>
</context>
<context>
    <name>TarExportController</name>
    <message>
        <source>gzip-compressed tar (*.tar.gz *.tgz)</source>
        <translation>gzip-komprimiertes tar (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>tar archive (*.tar)</source>
        <translation>tar-Archiv (*.tar)</translation>
    </message>
    <message>
        <source>bzip2-compressed tar (*.tar.bz2 *.tbz2)</source>
        <translation>bzip2-komprimiertes tar (*.tar.bz2 *.tbz2)</translation>
    </message>
    <message>
        <source>xz-compressed tar (*.tar.xz *.txz)</source>
        <translation>xz-komprimiertes tar (*.tar.xz *.txz)</translation>
    </message>
    <message>
        <source>zstd-compressed tar (*.tar.zst *.tzst)</source>
        <translation>zstd-komprimiertes tar (*.tar.zst *.tzst)</translation>
    </message>
    <message>
        <source>Export as Tar</source>
        <translation>Als tar exportieren</translation>
    </message>
    <message>
        <source>Export Selected as Tar</source>
        <translation>Auswahl als tar exportieren</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1 does not end in .tar, .tar.gz, .tar.bz2, .tar.xz or .tar.zst, so it says nothing about the compression to use.</source>
        <translation>%1 endet nicht auf .tar, .tar.gz, .tar.bz2, .tar.xz oder .tar.zst und sagt daher nichts über die zu verwendende Kompression aus.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <source>Export Canceled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>The export was canceled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to %1 (%2).</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben (%2).</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) left out: the image stores the same name again later, and that later entry was exported, as the importer keeps it.</source>
        <translation>
            <numerusform>%n Eintrag ausgelassen: Das Abbild speichert denselben Namen später noch einmal, und dieser spätere Eintrag wurde exportiert, so wie der Importer ihn behält.</numerusform>
            <numerusform>%n Einträge ausgelassen: Das Abbild speichert dieselben Namen später noch einmal, und diese späteren Einträge wurden exportiert, so wie der Importer sie behält.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: only the entries before the damage were exported; the rest of the image could not be read.</source>
        <translation>%1 ist beschädigt: Nur die Einträge vor der Beschädigung wurden exportiert; der Rest des Abbilds konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TarExporter</name>
    <message>
        <source>%1: the folder &quot;%2&quot; inside the tar must be relative and without &quot;..&quot;</source>
        <translation>%1: der Ordner &quot;%2&quot; innerhalb des tar-Archivs muss relativ sein und darf kein &quot;..&quot; enthalten</translation>
    </message>
    <message>
        <source>%1: there is no entry %2</source>
        <translation>%1: es gibt keinen Eintrag %2</translation>
    </message>
    <message>
        <source>%1: entry %2 cannot become a tar member: %3</source>
        <translation>%1: Eintrag %2 kann kein tar-Archivmitglied werden: %3</translation>
    </message>
    <message>
        <source>%1: two entries are named &quot;%2&quot;; a tar of both would keep only the last one when unpacked</source>
        <translation>%1: zwei Einträge heißen &quot;%2&quot;; ein tar-Archiv mit beiden würde beim Entpacken nur den letzten behalten</translation>
    </message>
    <message>
        <source>%1: entry %2 &quot;%3&quot; has %4 bytes; KArchive&apos;s tar writer cannot describe a member of 8 GiB or more</source>
        <translation>%1: Eintrag %2 &quot;%3&quot; hat %4 Bytes; der tar-Writer von KArchive kann kein Archivmitglied ab 8 GiB beschreiben</translation>
    </message>
    <message>
        <source>%1: cannot start the %2 compressor</source>
        <translation>%1: der %2-Kompressor kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: cannot start the %2 tar: %3</source>
        <translation>%1: das tar-Archiv (%2) kann nicht begonnen werden: %3</translation>
    </message>
    <message>
        <source>%1: write error: %2</source>
        <translation>%1: Schreibfehler: %2</translation>
    </message>
    <message>
        <source>%1: entry %2 &quot;%3&quot; cannot be read</source>
        <translation>%1: Eintrag %2 &quot;%3&quot; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: write error at member &quot;%2&quot;: %3</source>
        <translation>%1: Schreibfehler bei Archivmitglied &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: the export was canceled; nothing was written</source>
        <translation>%1: der Export wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: entry %2 &quot;%3&quot;: %4</source>
        <translation>%1: Eintrag %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>the image ends inside it</source>
        <translation>das Abbild endet innerhalb des Eintrags</translation>
    </message>
    <message>
        <source>%1: write error while finishing the %2 stream: %3</source>
        <translation>%1: Schreibfehler beim Abschließen des %2-Datenstroms: %3</translation>
    </message>
</context>
<context>
    <name>TarImporter</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is not a tar archive but a %2</source>
        <translation>%1: ist kein tar-Archiv, sondern %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>%1: canceled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is a sparse file, whose stored data is not its content; it cannot be imported as it is</source>
        <translation>Archivmitglied &quot;%1&quot; ist eine Sparse-Datei, deren gespeicherte Daten nicht ihr Inhalt sind; sie kann nicht unverändert importiert werden</translation>
    </message>
    <message>
        <source>members &quot;%1&quot; and &quot;%2&quot; would both become the entry &quot;%3&quot;</source>
        <translation>die Archivmitglieder &quot;%1&quot; und &quot;%2&quot; würden beide zum Eintrag &quot;%3&quot; werden</translation>
    </message>
    <message>
        <source>%1: %2 after the end of the tar archive</source>
        <translation>%1: %2 nach dem Ende des tar-Archivs</translation>
    </message>
    <message>
        <source>%1: cannot become an image:
%2</source>
        <translation>%1: daraus kann kein Abbild werden:
%2</translation>
    </message>
    <message>
        <source>%1: the file changed while it was read</source>
        <translation>%1: die Datei hat sich während des Lesens geändert</translation>
    </message>
    <message>
        <source>%1: the image cannot be built:
%2</source>
        <translation>%1: das Abbild kann nicht erstellt werden:
%2</translation>
    </message>
    <message>
        <source>%1: the tar changed while the image was written; the image was removed</source>
        <translation>%1: das tar-Archiv hat sich geändert, während das Abbild geschrieben wurde; das Abbild wurde entfernt</translation>
    </message>
    <message>
        <source>%1 entries do not fit the %2 layout&apos;s count</source>
        <translation>%1 Einträge passen nicht in das Anzahlfeld des %2-Layouts</translation>
    </message>
    <message>
        <source>%1 entries: the importer accepts at most %2</source>
        <translation>%1 Einträge: Der Importer akzeptiert höchstens %2</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot; (member &quot;%3&quot;)</source>
        <translation>Eintrag %1 &quot;%2&quot; (Archivmitglied &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: %2 bytes do not fit the %3 layout (4 GiB or more); use the u64 layout</source>
        <translation>%1: %2 Bytes passen nicht in das %3-Layout (4 GiB oder mehr); verwenden Sie das u64-Layout</translation>
    </message>
    <message>
        <source>%1: write error at byte 0: %2</source>
        <translation>%1: Schreibfehler bei Byte 0: %2</translation>
    </message>
    <message>
        <source>%1: write error at byte %2: %3</source>
        <translation>%1: Schreibfehler bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the tar changed since it was read</source>
        <translation>%1: das tar-Archiv hat sich seit dem Lesen geändert</translation>
    </message>
    <message>
        <source>%1: the tar changed between its two readings</source>
        <translation>%1: das tar-Archiv hat sich zwischen den beiden Lesevorgängen geändert</translation>
    </message>
    <message>
        <source>%1: the import was canceled; nothing was written</source>
        <translation>%1: der Import wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: no space left while writing byte %2 of the image</source>
        <translation>%1: kein Speicherplatz mehr beim Schreiben von Byte %2 des Abbilds</translation>
    </message>
    <message>
        <source>%1: cannot give the image its size of %2 bytes: %3</source>
        <translation>%1: das Abbild kann nicht auf seine Größe von %2 Bytes gebracht werden: %3</translation>
    </message>
</context>
<context>
    <name>TarStreamReader</name>
    <message>
        <source>in the first header</source>
        <translation>im ersten Header</translation>
    </message>
    <message>
        <source>in the header after member &quot;%1&quot;</source>
        <translation>im Header nach Archivmitglied &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, %2, at byte %3 of the decompressed data</source>
        <translation>%1, %2, bei Byte %3 der dekomprimierten Daten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the archive ends early, %1, at byte %2</source>
        <translation>das Archiv endet vorzeitig, %1, bei Byte %2</translation>
    </message>
    <message>
        <source>an extended header of %1 bytes at byte %2, %3: more than any real archive needs, taken for corruption</source>
        <translation>ein erweiterter Header mit %1 Bytes bei Byte %2, %3: mehr, als ein echtes Archiv je braucht, daher als Beschädigung gewertet</translation>
    </message>
    <message>
        <source>inside an extended header %1</source>
        <translation>innerhalb eines erweiterten Headers %1</translation>
    </message>
    <message>
        <source>inside the data of member &quot;%1&quot; (%2 of %3 bytes present)</source>
        <translation>innerhalb der Daten von Archivmitglied &quot;%1&quot; (%2 von %3 Bytes vorhanden)</translation>
    </message>
    <message>
        <source>inside the padding after member &quot;%1&quot;</source>
        <translation>innerhalb der Auffüllung nach Archivmitglied &quot;%1&quot;</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the archive ends inside a header %1, at byte %2 of the decompressed data</source>
        <translation>das Archiv endet innerhalb eines Headers %1, bei Byte %2 der dekomprimierten Daten</translation>
    </message>
    <message>
        <source>The archive ends after member &quot;%1&quot; without its end-of-archive blocks, at byte %2: tar reads it, but it may have been cut short at a member boundary.</source>
        <translation>Das Archiv endet nach Archivmitglied &quot;%1&quot; ohne seine Archivende-Blöcke, bei Byte %2: tar liest es, aber es wurde möglicherweise an einer Mitgliedsgrenze abgeschnitten.</translation>
    </message>
    <message>
        <source>an extended header %1 is followed by an empty block, at byte %2</source>
        <translation>auf einen erweiterten Header %1 folgt ein leerer Block, bei Byte %2</translation>
    </message>
    <message>
        <source>in the end-of-archive blocks</source>
        <translation>in den Archivende-Blöcken</translation>
    </message>
    <message>
        <source>the archive ends inside its end-of-archive blocks, at byte %1 of the decompressed data</source>
        <translation>das Archiv endet innerhalb seiner Archivende-Blöcke, bei Byte %1 der dekomprimierten Daten</translation>
    </message>
    <message>
        <source>The archive ends with a single zero block at byte %1 instead of two.</source>
        <translation>Das Archiv endet mit einem einzelnen Null-Block bei Byte %1 statt mit zwei.</translation>
    </message>
    <message>
        <source>A lone zero block at byte %1 ends the archive for tar, but more data follows it; tar ignores everything after it.</source>
        <translation>Ein einzelner Null-Block bei Byte %1 beendet das Archiv für tar, es folgen aber weitere Daten; tar ignoriert alles danach.</translation>
    </message>
    <message>
        <source>the header checksum does not match %1, at byte %2 of the decompressed data</source>
        <translation>die Prüfsumme des Headers stimmt %1 nicht, bei Byte %2 der dekomprimierten Daten</translation>
    </message>
    <message>
        <source>the size field is malformed %1, at byte %2</source>
        <translation>das Größenfeld ist %1 fehlerhaft, bei Byte %2</translation>
    </message>
    <message>
        <source>a malformed pax header %1, at byte %2</source>
        <translation>ein fehlerhafter pax-Header %1, bei Byte %2</translation>
    </message>
    <message>
        <source>inside the sparse map of member &quot;%1&quot;</source>
        <translation>innerhalb der Sparse-Map von Archivmitglied &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TarWriteFilter</name>
    <message>
        <source>The output cannot be written.</source>
        <translation>Die Ausgabe kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>test [--json] [--jobs N] FILE...|IMAGE</source>
        <translation>test [--json] [--jobs N] FILE...|IMAGE</translation>
    </message>
    <message>
        <source>Test every entry of an image.</source>
        <translation>Jeden Eintrag eines Abbilds testen.</translation>
    </message>
    <message>
        <source>Test downloaded distfiles before building the image.</source>
        <translation>Heruntergeladene Distfiles vor der Erstellung des Abbilds testen.</translation>
    </message>
    <message>
        <source>The names of the broken entries on a disk, on one core.</source>
        <translation>Die Namen der beschädigten Einträge auf einem Datenträger, auf einem Kern.</translation>
    </message>
    <message>
        <source>Print JSON (schema in the documentation).</source>
        <translation>JSON ausgeben (Schema in der Dokumentation).</translation>
    </message>
    <message>
        <source>Test N distfiles at a time (default: one per core).</source>
        <translation>N Distfiles gleichzeitig testen (Standard: eines pro Kern).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Distfiles, folders of distfiles, or images.</source>
        <translation>Distfiles, Ordner mit Distfiles oder Abbilder.</translation>
    </message>
    <message>
        <source>%1, entry %2 &quot;%3&quot;</source>
        <translation>%1, Eintrag %2 &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Archivmitglied</numerusform>
            <numerusform>%n Archivmitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: OK (%2)</source>
        <translation>%1: OK (%2)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 1024, not &quot;%1&quot;</source>
        <translation>--jobs benötigt eine Zahl von 1 bis 1024, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>test needs files or block devices: testing an archive needs random access, which standard input does not give</source>
        <translation>test benötigt Dateien oder Blockgeräte: Das Testen eines Archivs erfordert wahlfreien Zugriff, den die Standardeingabe nicht bietet</translation>
    </message>
    <message numerus="yes">
        <source>canceled: %1 of %n distfile(s) tested</source>
        <translation>
            <numerusform>abgebrochen: %1 von %n Distfile getestet</numerusform>
            <numerusform>abgebrochen: %1 von %n Distfiles getestet</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to test</source>
        <translation>nichts zu testen</translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) tested, all OK</source>
        <translation>
            <numerusform>%n Distfile getestet, alles OK</numerusform>
            <numerusform>%n Distfiles getestet, alle OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) tested: %1 OK, %2 failed</source>
        <translation>
            <numerusform>%n Distfile getestet: %1 OK, %2 fehlgeschlagen</numerusform>
            <numerusform>%n Distfiles getestet: %1 OK, %2 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads every distfile the way the bootstrap will: every compressed stream is decompressed to its end and its checksum checked, every tar header is read and verified, every zip member&apos;s CRC-32 is compared. An argument that is an image (LBPAYLD1) stands for its entries, and a first boot disk (init.img) for the files of its script, each read in place; a folder stands for the files in it. The distfiles are tested on all cores, biggest first, and printed one line each in the order given: &quot;NAME: OK (KIND, N members)&quot;, or &quot;NAME: STATUS: where and why&quot; with STATUS one of truncated, corrupt, unsupported, mismatch (not what the name says), unreadable, or unsafe (readable, but a member would land outside the unpack folder). Warnings go to standard error. Exits with 0 when every distfile passed, 1 when any did not, 3 when an image or a file cannot be read, 130 when interrupted with Ctrl-C.</source>
        <translation>Liest jedes Distfile so, wie es der Bootstrap tun wird: Jeder komprimierte Datenstrom wird bis zu seinem Ende dekomprimiert und seine Prüfsumme geprüft, jeder tar-Header wird gelesen und geprüft, die CRC-32 jedes ZIP-Archivmitglieds wird verglichen. Ein Argument, das ein Abbild (LBPAYLD1) ist, steht für seine Einträge, ein erster Boot-Datenträger (init.img) für die Dateien seines Skripts, die jeweils an Ort und Stelle gelesen werden; ein Ordner steht für die Dateien darin. Die Distfiles werden auf allen Kernen getestet, die größten zuerst, und in der angegebenen Reihenfolge jeweils in einer Zeile ausgegeben: &quot;NAME: OK (ART, N Archivmitglieder)&quot; oder &quot;NAME: STATUS: wo und warum&quot;, wobei STATUS einer der Werte abgeschnitten, beschädigt, nicht unterstützt, Abweichung (nicht das, was der Name sagt), unlesbar oder unsicher (lesbar, aber ein Archivmitglied würde außerhalb des Entpackordners landen) ist. Warnungen gehen an die Standardfehlerausgabe. Beendet sich mit 0, wenn jedes Distfile bestanden hat, mit 1, wenn eines nicht bestanden hat, mit 3, wenn ein Abbild oder eine Datei nicht gelesen werden kann, und mit 130 bei Unterbrechung mit Ctrl-C.</translation>
    </message>
    <message>
        <source>%1, record %2 &quot;%3&quot;</source>
        <translation>%1, Datensatz %2 &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>TrailerCheck</name>
    <message>
        <source>cut short: the xz stream footer is missing; the file ends at byte %1</source>
        <translation>abgeschnitten: der Stream-Footer von xz fehlt; die Datei endet bei Byte %1</translation>
    </message>
    <message>
        <source>cut short or damaged: the xz stream footer at byte %1 fails its CRC32 check; the file ends at byte %2</source>
        <translation>abgeschnitten oder beschädigt: der xz-Stream-Footer bei Byte %1 besteht seine CRC32-Prüfung nicht; die Datei endet bei Byte %2</translation>
    </message>
    <message>
        <source>cut short or damaged: the xz stream footer at byte %1 points to no index (%2 bytes before it); the file ends at byte %3</source>
        <translation>abgeschnitten oder beschädigt: der xz-Stream-Footer bei Byte %1 verweist auf keinen Index (%2 Bytes davor); die Datei endet bei Byte %3</translation>
    </message>
    <message>
        <source>cut short: the zip end of central directory record is missing; the file ends at byte %1</source>
        <translation>abgeschnitten: der Zip-Endeintrag des zentralen Verzeichnisses fehlt; die Datei endet bei Byte %1</translation>
    </message>
    <message>
        <source>cut short or damaged: the zip64 end of central directory record before byte %1 is missing; the file ends at byte %2</source>
        <translation>abgeschnitten oder beschädigt: der Zip64-Endeintrag des zentralen Verzeichnisses vor Byte %1 fehlt; die Datei endet bei Byte %2</translation>
    </message>
    <message>
        <source>cut short or damaged: there is no zip64 end of central directory record at byte %1; the file ends at byte %2</source>
        <translation>abgeschnitten oder beschädigt: bei Byte %1 steht kein Zip64-Endeintrag des zentralen Verzeichnisses; die Datei endet bei Byte %2</translation>
    </message>
    <message>
        <source>cut short or damaged: the zip central directory (%1 bytes at byte %2) does not lie before its end record at byte %3; the file ends at byte %4</source>
        <translation>abgeschnitten oder beschädigt: das zentrale Zip-Verzeichnis (%1 Bytes bei Byte %2) liegt nicht vor seinem Endeintrag bei Byte %3; die Datei endet bei Byte %4</translation>
    </message>
    <message>
        <source>cut short: the file ends at byte %1, inside the 7-Zip signature header</source>
        <translation>abgeschnitten: die Datei endet bei Byte %1, mitten im Signatur-Header von 7-Zip</translation>
    </message>
    <message>
        <source>cut short or damaged: the 7-Zip start header fails its CRC32 check; the file ends at byte %1</source>
        <translation>abgeschnitten oder beschädigt: der Start-Header von 7-Zip besteht seine CRC32-Prüfung nicht; die Datei endet bei Byte %1</translation>
    </message>
    <message>
        <source>cut short: the 7-Zip header (%1 bytes at byte %2) lies past the end of the file at byte %3</source>
        <translation>abgeschnitten: der 7-Zip-Header (%1 Bytes bei Byte %2) liegt hinter dem Dateiende bei Byte %3</translation>
    </message>
    <message>
        <source>cut short or damaged: the 7-Zip header at byte %1 fails its CRC32 check; the file ends at byte %2</source>
        <translation>abgeschnitten oder beschädigt: der 7-Zip-Header bei Byte %1 besteht seine CRC32-Prüfung nicht; die Datei endet bei Byte %2</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>abgeschnitten</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check an image&apos;s structure, the importer&apos;s rules and, with a manifest, every hash</source>
        <translation>Struktur eines Abbilds, die Regeln des Importers und, mit einem Manifest, jede Prüfsumme prüfen</translation>
    </message>
    <message>
        <source>Would the importer take this image?</source>
        <translation>Würde der Importer dieses Abbild annehmen?</translation>
    </message>
    <message>
        <source>Check a written disk against the manifest made with the image.</source>
        <translation>Einen beschriebenen Datenträger anhand des mit dem Abbild erstellten Manifests prüfen.</translation>
    </message>
    <message>
        <source>Check a compressed image without unpacking it to disk.</source>
        <translation>Ein komprimiertes Abbild prüfen, ohne es auf die Festplatte zu entpacken.</translation>
    </message>
    <message>
        <source>Check sizes and hashes against FILE (JSON, TSV or sha256sum).</source>
        <translation>Größen und Prüfsummen anhand von FILE prüfen (JSON, TSV oder sha256sum).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The image: a file, a block device, or - for standard input.</source>
        <translation>Das Abbild: eine Datei, ein Blockgerät oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>%1: verification canceled</source>
        <translation>%1: Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>%1: mismatch: %2</source>
        <translation>%1: Abweichung: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n entry(s)</source>
        <translation>
            <numerusform>%1, %n Eintrag</numerusform>
            <numerusform>%1, %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n hash(es) checked</source>
        <translation>
            <numerusform>, %n Prüfsumme geprüft</numerusform>
            <numerusform>, %n Prüfsummen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: OK (%2)</source>
        <translation>%1: OK (%2)</translation>
    </message>
    <message>
        <source>the importer would reject it: %1</source>
        <translation>der Importer würde es ablehnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) with the manifest</source>
        <translation>
            <numerusform>%n Abweichung vom Manifest</numerusform>
            <numerusform>%n Abweichungen vom Manifest</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: FAILED (%2): %3</source>
        <translation>%1: FEHLGESCHLAGEN (%2): %3</translation>
    </message>
    <message>
        <source>verify [--manifest FILE] IMAGE | verify --checkout CHECKOUT [--split-at STEP] INIT-IMAGE EXTERNAL-IMAGE</source>
        <translation>verify [--manifest FILE] IMAGE | verify --checkout CHECKOUT [--split-at STEP] INIT-IMAGE EXTERNAL-IMAGE</translation>
    </message>
    <message>
        <source>Reads the image and checks that its structure is sound and that the importer would accept every entry. With --manifest (JSON, TSV or sha256sum, told apart by content), also checks every entry&apos;s size and SHA-256, using every core. Prints each problem, then a summary line; exits with 0 only when everything passed, 1 on findings or mismatches, 3 when the image cannot be read. --quiet leaves out the summary of a successful check. A first boot disk (init.img, builder-hex0) is checked against builder-hex0&apos;s rules, and its files against the manifest by path. With --checkout and two images, checks instead whether the first disk (init.img) and the external disk (external.img) boot together from that checkout: every distfile of the first half in init.img&apos;s external/distfiles/ with its checksum, every distfile of the second half in external.img, in the layout the checkout&apos;s importer reads, none on neither, the steps/ files of init.img equal to the checkout&apos;s (a difference means a stale image) and both images sound; exits with 0 only when all of that holds.</source>
        <translation>Liest das Abbild und prüft, ob seine Struktur intakt ist und ob der Importer jeden Eintrag akzeptieren würde. Mit --manifest (JSON, TSV oder sha256sum, am Inhalt unterschieden) werden außerdem Größe und SHA-256 jedes Eintrags geprüft, unter Nutzung aller Kerne. Gibt jedes Problem aus, dann eine Zusammenfassungszeile; beendet sich mit 0 nur, wenn alles bestanden wurde, mit 1 bei Befunden oder Abweichungen, mit 3, wenn das Abbild nicht gelesen werden kann. --quiet lässt die Zusammenfassung einer erfolgreichen Prüfung weg. Ein erster Boot-Datenträger (init.img, builder-hex0) wird gegen die Regeln von builder-hex0 geprüft und seine Dateien anhand ihrer Pfade gegen das Manifest. Mit --checkout und zwei Abbildern wird stattdessen geprüft, ob der erste Datenträger (init.img) und der externe Datenträger (external.img) gemeinsam aus diesem Checkout booten: jedes Distfile der ersten Hälfte mit seiner Prüfsumme in external/distfiles/ von init.img, jedes Distfile der zweiten Hälfte in external.img, im Layout, das der Importer des Checkouts liest, keines auf keinem der beiden, die Dateien in steps/ von init.img gleich denen des Checkouts (ein Unterschied bedeutet ein veraltetes Abbild) und beide Abbilder intakt; beendet sich nur dann mit 0, wenn all das zutrifft.</translation>
    </message>
    <message>
        <source>Do the two disks of a kernel-bootstrap run belong together and to the checkout?</source>
        <translation>Gehören die beiden Datenträger eines kernel-bootstrap-Laufs zusammen und zum Checkout?</translation>
    </message>
    <message>
        <source>Check two disks, the first image and the external image, against the live-bootstrap checkout DIR.</source>
        <translation>Zwei Datenträger, das erste Abbild und das externe Abbild, gegen den live-bootstrap-Checkout DIR prüfen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>With --checkout: split the distfiles at improve: STEP (default: import_payload).</source>
        <translation>Mit --checkout: die Distfiles bei improve: STEP aufteilen (Standard: import_payload).</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>With --checkout: the external image; IMAGE is then the first image (init.img).</source>
        <translation>Mit --checkout: das externe Abbild; IMAGE ist dann das erste Abbild (init.img).</translation>
    </message>
    <message>
        <source>--checkout takes two images, the first and the external one, and no --manifest</source>
        <translation>--checkout nimmt zwei Abbilder, das erste und das externe, und kein --manifest</translation>
    </message>
    <message>
        <source>verify takes one image (two only with --checkout)</source>
        <translation>verify nimmt ein Abbild (zwei nur mit --checkout)</translation>
    </message>
    <message>
        <source>--split-at is for --checkout only</source>
        <translation>--split-at gilt nur für --checkout</translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>Write an image to a whole disk and read it back</source>
        <translation>Ein Abbild auf einen ganzen Datenträger schreiben und zurücklesen</translation>
    </message>
    <message>
        <source>write [--yes] [--no-verify] [--zero-tail] [--file] IMAGE DEVICE</source>
        <translation>write [--yes] [--no-verify] [--zero-tail] [--file] IMAGE DEVICE</translation>
    </message>
    <message>
        <source>Write and verify, asking first.</source>
        <translation>Schreiben und prüfen, mit Rückfrage vorab.</translation>
    </message>
    <message>
        <source>In a script: no question; zeros after the image up to the next MiB.</source>
        <translation>In einem Skript: ohne Rückfrage; Nullen nach dem Abbild bis zum nächsten MiB.</translation>
    </message>
    <message>
        <source>Write into a virtual machine&apos;s raw disk image (a regular file).</source>
        <translation>In das rohe Datenträgerabbild einer virtuellen Maschine schreiben (eine reguläre Datei).</translation>
    </message>
    <message>
        <source>Do not ask; write at once.</source>
        <translation>Nicht nachfragen; sofort schreiben.</translation>
    </message>
    <message>
        <source>Do not read the disk back.</source>
        <translation>Den Datenträger nicht zurücklesen.</translation>
    </message>
    <message>
        <source>Zero the bytes after the image up to the next MiB boundary.</source>
        <translation>Die Bytes nach dem Abbild bis zur nächsten MiB-Grenze mit Nullen füllen.</translation>
    </message>
    <message>
        <source>Allow DEVICE to be a regular file (a raw disk image).</source>
        <translation>Erlauben, dass DEVICE eine reguläre Datei ist (ein rohes Datenträgerabbild).</translation>
    </message>
    <message>
        <source>The image to write.</source>
        <translation>Das zu schreibende Abbild.</translation>
    </message>
    <message>
        <source>The whole disk to write it to, e.g. /dev/sdb.</source>
        <translation>Der ganze Datenträger, auf den es geschrieben wird, z. B. /dev/sdb.</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes)</source>
        <translation>%1 (%2, %3 Bytes)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>wechselbar</translation>
    </message>
    <message>
        <source>Writing %1 to %2 erases everything on %3.</source>
        <translation>Das Schreiben von %1 auf %2 löscht alles auf %3.</translation>
    </message>
    <message>
        <source>Type the device name (%1) to go on: </source>
        <translation>Geben Sie zum Fortfahren den Gerätenamen (%1) ein: </translation>
    </message>
    <message>
        <source>%1: mismatch: %2</source>
        <translation>%1: Abweichung: %2</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1: FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <source>%1: not written: standard input is not a terminal to confirm on; pass --yes to write without asking</source>
        <translation>%1: nicht geschrieben: Die Standardeingabe ist kein Terminal, auf dem bestätigt werden könnte; geben Sie --yes an, um ohne Rückfrage zu schreiben</translation>
    </message>
    <message>
        <source>%1: not confirmed; nothing was written</source>
        <translation>%1: nicht bestätigt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: OK: %2</source>
        <translation>%1: OK: %2</translation>
    </message>
    <message>
        <source>%1: wrote %2 bytes in %3 s (%4/s)%5</source>
        <translation>%1: %2 Bytes in %3 s geschrieben (%4/s)%5</translation>
    </message>
    <message>
        <source>, %1 of them zeros after the image</source>
        <translation>, davon %1 Nullen nach dem Abbild</translation>
    </message>
    <message>
        <source>%1: read back in %2 s (%3/s)</source>
        <translation>%1: in %2 s zurückgelesen (%3/s)</translation>
    </message>
    <message>
        <source>Writes IMAGE to the whole disk DEVICE (/dev/sdb), for live-bootstrap&apos;s bare-metal boot, then reads the written bytes back past the page cache and compares every entry&apos;s SHA-256 and every header byte with the image. The disk must not hold / or /boot, a mounted file system or a swap area in use, and must be large enough (&apos;lbpayload disks&apos; lists the disks and the reasons). Without --yes, the disk&apos;s model and size are shown and its name must be typed back on the terminal; without a terminal, --yes is required. The first block is written last, so a disk left by Ctrl-C or an error never looks like an image to the importer; the message says exactly what the disk then holds. Exits with 0 when written and verified, 1 when the read-back differs, 2 when the disk is refused or not confirmed, 3 on a read or write error (also for lack of rights: run it as root), 130 when interrupted. A first boot disk (init.img, builder-hex0) is written the same way, its files read back by SHA-256.</source>
        <translation>Schreibt IMAGE auf den ganzen Datenträger DEVICE (/dev/sdb), für den Boot von live-bootstrap auf echter Hardware, liest die geschriebenen Bytes dann am Seitencache vorbei zurück und vergleicht die SHA-256 jedes Eintrags und jedes Header-Byte mit dem Abbild. Der Datenträger darf weder / oder /boot noch ein eingehängtes Dateisystem oder einen aktiven Swap-Bereich enthalten und muss groß genug sein (&apos;lbpayload disks&apos; listet die Datenträger und die Gründe auf). Ohne --yes werden Modell und Größe des Datenträgers angezeigt, und sein Name muss im Terminal eingetippt werden; ohne Terminal ist --yes erforderlich. Der erste Block wird zuletzt geschrieben, sodass ein durch Ctrl-C oder einen Fehler zurückgelassener Datenträger für den Importer nie wie ein Abbild aussieht; die Meldung sagt genau, was der Datenträger dann enthält. Beendet sich mit 0, wenn geschrieben und geprüft wurde, mit 1, wenn die zurückgelesenen Daten abweichen, mit 2, wenn der Datenträger abgelehnt oder nicht bestätigt wird, mit 3 bei einem Lese- oder Schreibfehler (auch bei fehlenden Rechten: führen Sie es als root aus) und mit 130 bei einer Unterbrechung. Ein erster Boot-Datenträger (init.img, builder-hex0) wird auf dieselbe Weise geschrieben; seine Dateien werden per SHA-256 zurückgelesen und verglichen.</translation>
    </message>
    <message>
        <source>%1 is a builder-hex0 first image (init.img): %2 will boot from it.</source>
        <translation>%1 ist ein erstes Abbild von builder-hex0 (init.img): %2 wird damit bootfähig.</translation>
    </message>
    <message>
        <source>%1: OK: builder-hex0 first image written and verified: %2 files read back with the image&apos;s SHA-256, stages and script lines byte for byte</source>
        <translation>%1: OK: erstes Abbild von builder-hex0 geschrieben und geprüft: %2 Dateien mit der SHA-256 des Abbilds zurückgelesen, Stufen und Skriptzeilen Byte für Byte</translation>
    </message>
    <message>
        <source>%1: OK: builder-hex0 first image written, not verified</source>
        <translation>%1: OK: erstes Abbild von builder-hex0 geschrieben, nicht geprüft</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Author and inspect live-bootstrap payload images.</source>
        <translation>live-bootstrap-Payload-Abbilder erstellen und untersuchen.</translation>
    </message>
    <message>
        <source>Images to open, or a list file (&quot;&lt;name&gt; &lt;path&gt;&quot; lines) to edit.</source>
        <translation>Zu öffnende Abbilder oder eine zu bearbeitende Listendatei (Zeilen der Form &quot;&lt;name&gt; &lt;path&gt;&quot;).</translation>
    </message>
</context>
</TS>
