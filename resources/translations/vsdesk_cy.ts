<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ChoicePage</name>
    <message>
        <source>What next?</source>
        <translation>Beth nesaf?</translation>
    </message>
    <message>
        <source>Your vault is ready and locked to your passphrase.</source>
        <translation>Mae eich storfa'n barod ac wedi'i chloi â'ch cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>&amp;Enrol with my authority's Virtual School (invitation file)</source>
        <translation>&amp;Ymrestru gydag Ysgol Rithwir fy awdurdod (ffeil wahoddiad)</translation>
    </message>
    <message>
        <source>&amp;Try vsdesk with fictional demo pupils</source>
        <translation>Rhoi cynnig ar vsdesk gyda &amp;disgyblion arddangos ffuglennol</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your encrypted vault</source>
        <translation>Creu eich storfa wedi'i hamgryptio</translation>
    </message>
    <message>
        <source>Everything vsdesk keeps is encrypted with a key only your passphrase opens. Nobody can recover it if you forget it.</source>
        <translation>Mae popeth a gedwir gan vsdesk wedi'i amgryptio ag allwedd na all ond eich cyfrinymadrodd ei hagor. Ni all neb ei hadfer os byddwch yn ei anghofio.</translation>
    </message>
    <message>
        <source>Your &amp;name (for the change history):</source>
        <translation>Eich &amp;enw (ar gyfer hanes y newidiadau):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ailadroddwch ef:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words, like a short odd sentence, are strong.</source>
        <translation>Awgrym: mae pedwar gair digyswllt neu fwy, fel brawddeg fer od, yn gryf.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Dewiswch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>This passphrase is too weak: it could be guessed. Make it longer.</source>
        <translation>Mae'r cyfrinymadrodd hwn yn rhy wan: gellid ei ddyfalu. Gwnewch ef yn hirach.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw'r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <source>Strength: {level}.</source>
        <translation>Cryfder: {level}.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Yn creu'r storfa…</translation>
    </message>
    <message>
        <source>Vault created.</source>
        <translation>Crëwyd y storfa.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Fictional demo pupils</source>
        <translation>Disgyblion arddangos ffuglennol</translation>
    </message>
    <message>
        <source>Made-up pupils to try vsdesk with. None of them is real.</source>
        <translation>Disgyblion dychmygol i roi cynnig ar vsdesk. Nid oes yr un ohonynt yn go iawn.</translation>
    </message>
    <message>
        <source>Adding fictional pupils…</source>
        <translation>Yn ychwanegu disgyblion ffuglennol…</translation>
    </message>
    <message>
        <source>Added {count} fictional pupils.</source>
        <translation>Ychwanegwyd {count} o ddisgyblion ffuglennol.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Enrol with your Virtual School</source>
        <translation>Ymrestru gyda'ch Ysgol Rithwir</translation>
    </message>
    <message>
        <source>Use the invitation file and the one-time code your Virtual School sent you.</source>
        <translation>Defnyddiwch y ffeil wahoddiad a'r cod untro a anfonodd eich Ysgol Rithwir atoch.</translation>
    </message>
    <message>
        <source>&amp;Invitation file:</source>
        <translation>&amp;Ffeil wahoddiad:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Cod untro:</translation>
    </message>
    <message>
        <source>&amp;Save request as:</source>
        <translation>&amp;Cadw'r cais fel:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation>Dewis y ffeil wahoddiad</translation>
    </message>
    <message>
        <source>Choose where to save the request</source>
        <translation>Dewis ble i gadw'r cais</translation>
    </message>
    <message>
        <source>&amp;Open invitation</source>
        <translation>&amp;Agor y gwahoddiad</translation>
    </message>
    <message>
        <source>Save &amp;request file</source>
        <translation>Cadw'r ffeil &amp;gais</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Ffeil wahoddiad</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Cod untro</translation>
    </message>
    <message>
        <source>Request file</source>
        <translation>Ffeil gais</translation>
    </message>
    <message>
        <source>Save request as</source>
        <translation>Cadw'r cais fel</translation>
    </message>
    <message>
        <source>Choose the invitation file and type the code first.</source>
        <translation>Dewiswch y ffeil wahoddiad a theipiwch y cod yn gyntaf.</translation>
    </message>
    <message>
        <source>vsdesk laptop</source>
        <translation>gliniadur vsdesk</translation>
    </message>
    <message>
        <source>Virtual School: {name}
Its key fingerprint: {fingerprint}
Check it against the fingerprint your Virtual School reads out by phone.</source>
        <translation>Ysgol Rithwir: {name}
Ôl bys ei hallwedd: {fingerprint}
Cymharwch ef â'r ôl bys y mae eich Ysgol Rithwir yn ei ddarllen dros y ffôn.</translation>
    </message>
    <message>
        <source>Saved. Send this file to your Virtual School; import their reply in Sync.</source>
        <translation>Wedi'i chadw. Anfonwch y ffeil hon at eich Ysgol Rithwir; mewnforiwch eu hateb yn Cysoni.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Internal error ({kind}); nothing was changed. Please report it.</source>
        <translation>Gwall mewnol ({kind}); ni newidiwyd dim. Rhowch wybod amdano, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>vsdesk</source>
        <translation>vsdesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to vsdesk</source>
        <translation>Croeso i vsdesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Ready for meeting</source>
        <translation>Yn barod ar gyfer cyfarfod</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wedi'i gyflwyno</translation>
    </message>
    <message>
        <source>Quality assured</source>
        <translation>Wedi'i sicrhau ansawdd</translation>
    </message>
    <message>
        <source>No plan this term</source>
        <translation>Dim cynllun y tymor hwn</translation>
    </message>
    <message>
        <source>Initial PEP (20 school days)</source>
        <translation>CAP cychwynnol (20 diwrnod ysgol)</translation>
    </message>
    <message>
        <source>New PEP after a significant change</source>
        <translation>CAP newydd ar ôl newid sylweddol</translation>
    </message>
    <message>
        <source>Termly review</source>
        <translation>Adolygiad tymhorol</translation>
    </message>
    <message>
        <source>PEP due before the care review</source>
        <translation>CAP yn ddyledus cyn yr adolygiad gofal</translation>
    </message>
    <message>
        <source>Annual SDQ</source>
        <translation>Holiadur SDQ blynyddol</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vsdesk: Personal Education Plans</source>
        <translation>vsdesk: Cynlluniau Addysg Personol</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Sgriniau</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Cloi'r storfa (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This screen is coming soon.</source>
        <translation>Mae'r sgrin hon yn dod cyn bo hir.</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
</context>
<context>
    <name>PupilTable</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Statws y cynllun</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Cyfarfod nesaf</translation>
    </message>
    <message>
        <source>Overdue targets</source>
        <translation>Targedau hwyr</translation>
    </message>
</context>
<context>
    <name>PupilsScreen</name>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Search by name, school or authority</source>
        <translation>Chwilio yn ôl enw, ysgol neu awdurdod</translation>
    </message>
    <message>
        <source>Search pupils</source>
        <translation>Chwilio disgyblion</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Awdurdod:</translation>
    </message>
    <message>
        <source>Plan &amp;status:</source>
        <translation>&amp;Statws y cynllun:</translation>
    </message>
    <message>
        <source>&amp;Meeting within:</source>
        <translation>Cyfarfod o fewn:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>unrhyw bryd</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>&amp;Overdue targets only</source>
        <translation>Targedau hwyr yn &amp;unig</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Pob un</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation><numerusform>%n disgybl</numerusform><numerusform>%n disgybl</numerusform><numerusform>%n disgybl</numerusform><numerusform>%n disgybl</numerusform><numerusform>%n disgybl</numerusform><numerusform>%n disgybl</numerusform></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} pupils</source>
        <translation>Yn dangos {shown} o {total} disgybl</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Language / Iaith:</source>
        <translation>&amp;Iaith / Language:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes:</source>
        <translation>&amp;Cloi ar ôl munudau segur:</translation>
    </message>
    <message>
        <source>Meeting pack &amp;language:</source>
        <translation>&amp;Iaith y pecyn cyfarfod:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Ffolder data:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Cloi ar ôl munudau segur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Meeting pack language</source>
        <translation>Iaith y pecyn cyfarfod</translation>
    </message>
    <message>
        <source>Include &amp;safeguarding details in meeting packs by default</source>
        <translation>Cynnwys manylion &amp;diogelu mewn pecynnau cyfarfod yn ddiofyn</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Y ddwy</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation>Gwan iawn</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Gweddol</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Cryf iawn</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Today's list</source>
        <translation>Rhestr heddiw</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Heddiw, {day}</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (hwyr)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>hwyr</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>heb gysoni erioed</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n diwrnod yn ôl</numerusform><numerusform>%n diwrnod yn ôl</numerusform><numerusform>%n diwrnod yn ôl</numerusform><numerusform>%n diwrnod yn ôl</numerusform><numerusform>%n diwrnod yn ôl</numerusform><numerusform>%n diwrnod yn ôl</numerusform></translation>
    </message>
    <message>
        <source>PEP meeting</source>
        <translation>Cyfarfod CAP</translation>
    </message>
    <message>
        <source>meeting pack ready (3 days before)</source>
        <translation>pecyn cyfarfod yn barod (3 diwrnod cyn)</translation>
    </message>
    <message>
        <source>target past its date</source>
        <translation>target wedi pasio ei ddyddiad</translation>
    </message>
    <message>
        <source>two versions to choose between</source>
        <translation>dwy fersiwn i ddewis rhyngddynt</translation>
    </message>
    <message>
        <source>Meetings in the next 14 days</source>
        <translation>Cyfarfodydd yn y 14 diwrnod nesaf</translation>
    </message>
    <message>
        <source>Meeting packs to prepare</source>
        <translation>Pecynnau cyfarfod i'w paratoi</translation>
    </message>
    <message>
        <source>Timescales due or overdue</source>
        <translation>Amserlenni sy'n ddyledus neu'n hwyr</translation>
    </message>
    <message>
        <source>Plans not submitted this term</source>
        <translation>Cynlluniau heb eu cyflwyno y tymor hwn</translation>
    </message>
    <message>
        <source>Targets past their date</source>
        <translation>Targedau wedi pasio eu dyddiad</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>Gwrthdaro yn aros</translation>
    </message>
    <message>
        <source>Last sync per authority</source>
        <translation>Cysoni diwethaf fesul awdurdod</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vsdesk</source>
        <translation>Datgloi vsdesk</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Demo vault with fictional pupils. Its passphrase is: {passphrase}</source>
        <translation>Storfa arddangos gyda disgyblion ffuglennol. Ei chyfrinymadrodd yw: {passphrase}</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Yn datgloi…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Nid yw'r cyfrinymadrodd hwnnw'n gywir. Gwiriwch Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>You can try again in {seconds} s.</source>
        <translation>Gallwch roi cynnig arall arni ymhen {seconds} eiliad.</translation>
    </message>
</context>
</TS>