<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddEntriesCommand</name>
    <message numerus="yes">
        <source>Add %n File(s)</source>
        <translation>
            <numerusform>Add %n File</numerusform>
            <numerusform>Add %n Files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveInspectorPanel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveMemberModel</name>
    <message numerus="yes">
        <source>%n member(s) below, %1 in all</source>
        <translation>
            <numerusform>%n member below, %1 in all</numerusform>
            <numerusform>%n members below, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthoringPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n entry(s) need attention before the image can be built&lt;/b&gt; (the status column tells why):</source>
        <translation>
            <numerusform>&lt;b&gt;%n entry needs attention before the image can be built&lt;/b&gt; (the status column tells why):</numerusform>
            <numerusform>&lt;b&gt;%n entries need attention before the image can be built&lt;/b&gt; (the status column tells why):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) have warnings; the build can go ahead.</source>
        <translation>
            <numerusform>%n entry has warnings; the build can go ahead.</numerusform>
            <numerusform>%n entries have warnings; the build can go ahead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildCommand</name>
    <message numerus="yes">
        <source>%1: %n entry(s), %2 of data, %3 bytes in all (%4 layout)%5</source>
        <translation>
            <numerusform>%1: %n entry, %2 of data, %3 bytes in all (%4 layout)%5</numerusform>
            <numerusform>%1: %n entries, %2 of data, %3 bytes in all (%4 layout)%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildController</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %n entry(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %n entry.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message numerus="yes">
        <source>%n entry(s), image of %1.</source>
        <translation>
            <numerusform>%n entry, image of %1.</numerusform>
            <numerusform>%n entries, image of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n distfile(s) may fail at boot&lt;/b&gt; (the build can go ahead):</source>
        <translation>
            <numerusform>&lt;b&gt;%n distfile may fail at boot&lt;/b&gt; (the build can go ahead):</numerusform>
            <numerusform>&lt;b&gt;%n distfiles may fail at boot&lt;/b&gt; (the build can go ahead):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildFirstImageCommand</name>
    <message numerus="yes">
        <source>%1: %n record(s) (%2 files, %3 folders), %4 of file data, %5 bytes in all (builder-hex0 %6)</source>
        <translation>
            <numerusform>%1: %n record (%2 files, %3 folders), %4 of file data, %5 bytes in all (builder-hex0 %6)</numerusform>
            <numerusform>%1: %n records (%2 files, %3 folders), %4 of file data, %5 bytes in all (builder-hex0 %6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutDistfileModel</name>
    <message numerus="yes">
        <source>First image: %n distfile(s)</source>
        <translation>
            <numerusform>First image: %n distfile</numerusform>
            <numerusform>First image: %n distfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>external.img: %n distfile(s)</source>
        <translation>
            <numerusform>external.img: %n distfile</numerusform>
            <numerusform>external.img: %n distfiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutImageBuilder</name>
    <message numerus="yes">
        <source>%1: %n distfile(s) of the external image are missing or wrong; nothing was written</source>
        <translation>
            <numerusform>%1: %n distfile of the external image is missing or wrong; nothing was written</numerusform>
            <numerusform>%1: %n distfiles of the external image are missing or wrong; nothing was written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutPanel</name>
    <message numerus="yes">
        <source>%n distfile(s) downloaded.</source>
        <translation>
            <numerusform>%n distfile downloaded.</numerusform>
            <numerusform>%n distfiles downloaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) downloaded</source>
        <translation>
            <numerusform>%n distfile downloaded</numerusform>
            <numerusform>%n distfiles downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched (the status tooltip says why).</source>
        <translation>
            <numerusform>%n could not be fetched (the status tooltip says why).</numerusform>
            <numerusform>%n could not be fetched (the status tooltip says why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The plan has %n error(s); upstream&apos;s generator would stop here:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;The plan has %n error; upstream&apos;s generator would stop here:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;The plan has %n errors; upstream&apos;s generator would stop here:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n OK (%1)</source>
        <translation>
            <numerusform>%n OK (%1)</numerusform>
            <numerusform>all %n OK (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s): %1</source>
        <translation>
            <numerusform>%n distfile: %1</numerusform>
            <numerusform>%n distfiles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra file(s)</source>
        <translation>
            <numerusform>%n extra file</numerusform>
            <numerusform>%n extra files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) copied to the clipboard, one per line.</source>
        <translation>
            <numerusform>%n URL copied to the clipboard, one per line.</numerusform>
            <numerusform>%n URLs copied to the clipboard, one per line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutSession</name>
    <message numerus="yes">
        <source>Downloading: %1 of %n file(s) done, %2 received</source>
        <translation>
            <numerusform>Downloading: %1 of %n file done, %2 received</numerusform>
            <numerusform>Downloading: %1 of %n files done, %2 received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>Do the same for the %n other conflict(s) of this addition</source>
        <translation>
            <numerusform>Do the same for the other conflict of this addition</numerusform>
            <numerusform>Do the same for the %n other conflicts of this addition</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message numerus="yes">
        <source>%1: %n entry(s), %2 bytes in all (%3 layout)</source>
        <translation>
            <numerusform>%1: %n entry, %2 bytes in all (%3 layout)</numerusform>
            <numerusform>%1: %n entries, %2 bytes in all (%3 layout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message numerus="yes">
        <source>%1: %n entry(s), %2 of data, %3 bytes in all (%4 layout)</source>
        <translation>
            <numerusform>%1: %n entry, %2 of data, %3 bytes in all (%4 layout)</numerusform>
            <numerusform>%1: %n entries, %2 of data, %3 bytes in all (%4 layout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateFromTar</name>
    <message numerus="yes">
        <source>%1: skipped %n member(s) that are not regular files (folders, links, devices)</source>
        <translation>
            <numerusform>%1: skipped %n member that is not a regular file (folders, links, devices)</numerusform>
            <numerusform>%1: skipped %n members that are not regular files (folders, links, devices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) from %2, %3 of data, %4 bytes in all (%5 layout)</source>
        <translation>
            <numerusform>%1: %n entry from %2, %3 of data, %4 bytes in all (%5 layout)</numerusform>
            <numerusform>%1: %n entries from %2, %3 of data, %4 bytes in all (%5 layout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskPairDialog</name>
    <message numerus="yes">
        <source>These disks do not boot together: %n problem(s).</source>
        <translation>
            <numerusform>These disks do not boot together: %n problem.</numerusform>
            <numerusform>These disks do not boot together: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskWriteResult</name>
    <message numerus="yes">
        <source>%1: the read-back differs from the image in %n place(s)</source>
        <translation>
            <numerusform>%1: the read-back differs from the image in %n place</numerusform>
            <numerusform>%1: the read-back differs from the image in %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written and verified: %n entry(s) read back with the image&apos;s SHA-256</source>
        <translation>
            <numerusform>written and verified: %n entry read back with the image&apos;s SHA-256</numerusform>
            <numerusform>written and verified: %n entries read back with the image&apos;s SHA-256</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskWriter</name>
    <message numerus="yes">
        <source>%n more difference(s) not listed</source>
        <translation>
            <numerusform>%n more difference not listed</numerusform>
            <numerusform>%n more differences not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryImporter</name>
    <message numerus="yes">
        <source>Add %n File(s)</source>
        <translation>
            <numerusform>Add %n File</numerusform>
            <numerusform>Add %n Files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryRowPresenter</name>
    <message numerus="yes">
        <source>%1: %n entry(s) (%2)</source>
        <translation>
            <numerusform>%1: %n entry (%2)</numerusform>
            <numerusform>%1: %n entries (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarCommand</name>
    <message numerus="yes">
        <source>%1: %n member(s), %2 (%3)</source>
        <translation>
            <numerusform>%1: %n member, %2 (%3)</numerusform>
            <numerusform>%1: %n members, %2 (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message numerus="yes">
        <source>extracted %n file(s), %1, into %2</source>
        <translation>
            <numerusform>extracted %n file, %1, into %2</numerusform>
            <numerusform>extracted %n files, %1, into %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractController</name>
    <message numerus="yes">
        <source>%n of the files to extract already exist in %1.</source>
        <translation>
            <numerusform>%n of the files to extract already exists in %1.</numerusform>
            <numerusform>%n of the files to extract already exist in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extraction was canceled; %n file(s) had been extracted completely.</source>
        <translation>
            <numerusform>Extraction was canceled; %n file had been extracted completely.</numerusform>
            <numerusform>Extraction was canceled; %n files had been extracted completely.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted to %1.</source>
        <translation>
            <numerusform>%n file extracted to %1.</numerusform>
            <numerusform>%n files extracted to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) for dragging</source>
        <translation>
            <numerusform>Preparing %n file for dragging</numerusform>
            <numerusform>Preparing %n files for dragging</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message numerus="yes">
        <source>%n distfile(s) still missing or wrong</source>
        <translation>
            <numerusform>%n distfile still missing or wrong</numerusform>
            <numerusform>%n distfiles still missing or wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <extracomment>a count of importer findings, e.g. &quot;2 errors, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstImageBudgetView</name>
    <message numerus="yes">
        <source>%n distfile(s) of the first image missing, counted without their bytes</source>
        <translation>
            <numerusform>%n distfile of the first image missing, counted without its bytes</numerusform>
            <numerusform>%n distfiles of the first image missing, counted without their bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split points that fit: %1 of %n</source>
        <translation>
            <numerusform>Split points that fit: %1 of %n</numerusform>
            <numerusform>Split points that fit: %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstImageOperations</name>
    <message numerus="yes">
        <source>%n of the files to extract already exist in %1.</source>
        <translation>
            <numerusform>%n of the files to extract already exists in %1.</numerusform>
            <numerusform>%n of the files to extract already exist in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extraction was canceled; %n file(s) had been extracted completely.</source>
        <translation>
            <numerusform>Extraction was canceled; %n file had been extracted completely.</numerusform>
            <numerusform>Extraction was canceled; %n files had been extracted completely.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had been extracted before.</source>
        <translation>
            <numerusform>%n file had been extracted before.</numerusform>
            <numerusform>%n files had been extracted before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted to %1.</source>
        <translation>
            <numerusform>%n file extracted to %1.</numerusform>
            <numerusform>%n files extracted to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) for dragging</source>
        <translation>
            <numerusform>Preparing %n file for dragging</numerusform>
            <numerusform>Preparing %n files for dragging</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstImageWriter</name>
    <message numerus="yes">
        <source>%1: %n finding(s) would make builder-hex0 fail at boot; the image is not written</source>
        <translation>
            <numerusform>%1: %n finding would make builder-hex0 fail at boot; the image is not written</numerusform>
            <numerusform>%1: %n findings would make builder-hex0 fail at boot; the image is not written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message numerus="yes">
        <source>The importer would reject this image: %n problem(s), listed beside the table.</source>
        <translation>
            <numerusform>The importer would reject this image: %n problem, listed beside the table.</numerusform>
            <numerusform>The importer would reject this image: %n problems, listed beside the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading was stopped after %n entry(s); the table is incomplete.</source>
        <translation>
            <numerusform>Reading was stopped after %n entry; the table is incomplete.</numerusform>
            <numerusform>Reading was stopped after %n entries; the table is incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image matches %1: %n SHA-256 checked.</source>
        <translation>
            <numerusform>The image matches %1: %n SHA-256 checked.</numerusform>
            <numerusform>The image matches %1: %n SHA-256 checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s); see the details.</source>
        <translation>
            <numerusform>%n difference; see the details.</numerusform>
            <numerusform>%n differences; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n entry(s) before the damage are listed and can still be tested, hashed, extracted and exported as tar; the rest of the image could not be read.</source>
        <translation>
            <numerusform>The %n entry before the damage is listed and can still be tested, hashed, extracted and exported as tar; the rest of the image could not be read.</numerusform>
            <numerusform>The %n entries before the damage are listed and can still be tested, hashed, extracted and exported as tar; the rest of the image could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageSummaryWidget</name>
    <message numerus="yes">
        <source>rejects this image (%n error(s))</source>
        <translation>
            <numerusform>rejects this image (%n error)</numerusform>
            <numerusform>rejects this image (%n errors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepts it, with %n warning(s)</source>
        <translation>
            <numerusform>accepts it, with %n warning</numerusform>
            <numerusform>accepts it, with %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) were not added:</source>
        <translation>
            <numerusform>%n source was not added:</numerusform>
            <numerusform>%n sources were not added:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityController</name>
    <message numerus="yes">
        <source>Testing %n distfile(s)</source>
        <translation>
            <numerusform>Testing %n distfile</numerusform>
            <numerusform>Testing %n distfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) tested: %1</source>
        <translation>
            <numerusform>%n distfile tested: %1</numerusform>
            <numerusform>%n distfiles tested: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tested (canceled)</source>
        <translation>
            <numerusform>%n not tested (canceled)</numerusform>
            <numerusform>%n not tested (canceled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberSafety</name>
    <message numerus="yes">
        <source>%n more member(s) with the same problem as above (%1) are not listed one by one.</source>
        <translation>
            <numerusform>%n more member with the same problem as above (%1) are not listed one by one.</numerusform>
            <numerusform>%n more members with the same problem as above (%1) are not listed one by one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveEntriesCommand</name>
    <message numerus="yes">
        <source>Move %n Entries</source>
        <translation>
            <numerusform>Move %n Entry</numerusform>
            <numerusform>Move %n Entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairVerification</name>
    <message numerus="yes">
        <source>%1 + %2: FAILED: %n problem(s) (%3)</source>
        <translation>
            <numerusform>%1 + %2: FAILED: %n problem (%3)</numerusform>
            <numerusform>%1 + %2: FAILED: %n problems (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadStatusWidget</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hashing %n</source>
        <translation>
            <numerusform>hashing %n</numerusform>
            <numerusform>hashing %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed integrity test(s)</source>
        <translation>
            <numerusform>%n failed integrity test</numerusform>
            <numerusform>%n failed integrity tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content mismatch(es)</source>
        <translation>
            <numerusform>%n content mismatch</numerusform>
            <numerusform>%n content mismatches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadWriter</name>
    <message numerus="yes">
        <source>%1: %n source(s) do not have the expected SHA-256; nothing was written:
%2</source>
        <translation>
            <numerusform>%1: %n source does not have the expected SHA-256; nothing was written:
%2</numerusform>
            <numerusform>%1: %n sources do not have the expected SHA-256; nothing was written:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBudget</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n distfile(s) of the first image missing, counted as files of unknown size (their bytes are not in the total): %1</source>
        <translation>
            <numerusform>note: %n distfile of the first image missing, counted as a file of unknown size (its bytes are not in the total): %1</numerusform>
            <numerusform>note: %n distfiles of the first image missing, counted as files of unknown size (their bytes are not in the total): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message numerus="yes">
        <source>%n distfile(s)</source>
        <translation>
            <numerusform>%n distfile</numerusform>
            <numerusform>%n distfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra files, not used by the plan: %n</source>
        <translation>
            <numerusform>Extra file, not used by the plan: %n</numerusform>
            <numerusform>Extra files, not used by the plan: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing or wrong in the external image: %n distfile(s).</source>
        <translation>
            <numerusform>Missing or wrong in the external image: %n distfile.</numerusform>
            <numerusform>Missing or wrong in the external image: %n distfiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEntriesCommand</name>
    <message numerus="yes">
        <source>Remove %n Entries</source>
        <translation>
            <numerusform>Remove %n Entry</numerusform>
            <numerusform>Remove %n Entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceScanJob</name>
    <message numerus="yes">
        <source>%n subfolder(s) not entered: add the folder with its subfolders to include them</source>
        <translation>
            <numerusform>%n subfolder not entered: add the folder with its subfolders to include it</numerusform>
            <numerusform>%n subfolders not entered: add the folder with its subfolders to include them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesFile</name>
    <message numerus="yes">
        <source>a g line needs a repository~ref, a URL (or _) and a SHA-256; it has %n field(s)</source>
        <translation>
            <numerusform>a g line needs a repository~ref, a URL (or _) and a SHA-256; it has %n field</numerusform>
            <numerusform>a g line needs a repository~ref, a URL (or _) and a SHA-256; it has %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an f line needs a URL and a SHA-256; it has %n field(s)</source>
        <translation>
            <numerusform>an f line needs a URL and a SHA-256; it has %n field</numerusform>
            <numerusform>an f line needs a URL and a SHA-256; it has %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) after the file name are ignored</source>
        <translation>
            <numerusform>%n field after the file name is ignored</numerusform>
            <numerusform>%n fields after the file name are ignored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TarExportController</name>
    <message numerus="yes">
        <source>%n entry(s) written to %1 (%2).</source>
        <translation>
            <numerusform>%n entry written to %1 (%2).</numerusform>
            <numerusform>%n entries written to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) left out: the image stores the same name again later, and that later entry was exported, as the importer keeps it.</source>
        <translation>
            <numerusform>%n entry left out: the image stores the same name again later, and that later entry was exported, as the importer keeps it.</numerusform>
            <numerusform>%n entries left out: the image stores the same names again later, and those later entries were exported, as the importer keeps them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>canceled: %1 of %n distfile(s) tested</source>
        <translation>
            <numerusform>canceled: %1 of %n distfile tested</numerusform>
            <numerusform>canceled: %1 of %n distfiles tested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) tested, all OK</source>
        <translation>
            <numerusform>%n distfile tested, all OK</numerusform>
            <numerusform>%n distfiles tested, all OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distfile(s) tested: %1 OK, %2 failed</source>
        <translation>
            <numerusform>%n distfile tested: %1 OK, %2 failed</numerusform>
            <numerusform>%n distfiles tested: %1 OK, %2 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message numerus="yes">
        <source>%1, %n entry(s)</source>
        <translation>
            <numerusform>%1, %n entry</numerusform>
            <numerusform>%1, %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n hash(es) checked</source>
        <translation>
            <numerusform>, %n hash checked</numerusform>
            <numerusform>, %n hashes checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) with the manifest</source>
        <translation>
            <numerusform>%n mismatch with the manifest</numerusform>
            <numerusform>%n mismatches with the manifest</numerusform>
        </translation>
    </message>
</context>
</TS>
