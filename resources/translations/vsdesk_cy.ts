<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add to {collection}</source>
        <translation>Ychwanegu at {collection}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Area of learning:</source>
        <translation>&amp;Maes dysgu:</translation>
    </message>
    <message>
        <source>Area of learning</source>
        <translation>Maes dysgu</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>Llenwch o leiaf un maes.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>What next?</source>
        <translation>Beth nesaf?</translation>
    </message>
    <message>
        <source>Your vault is ready and locked to your passphrase.</source>
        <translation>Mae eich storfa&apos;n barod ac wedi&apos;i chloi â&apos;ch cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>&amp;Enrol with my authority&apos;s Virtual School (invitation file)</source>
        <translation>&amp;Ymrestru gydag Ysgol Rithwir fy awdurdod (ffeil wahoddiad)</translation>
    </message>
    <message>
        <source>&amp;Try vsdesk with fictional demo pupils</source>
        <translation>Rhoi cynnig ar vsdesk gyda &amp;disgyblion arddangos ffuglennol</translation>
    </message>
</context>
<context>
    <name>CollectionEditor</name>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Add to {collection}</source>
        <translation>Ychwanegu at {collection}</translation>
    </message>
    <message>
        <source>History of the cell</source>
        <translation>Hanes y gell</translation>
    </message>
    <message>
        <source>History of the selected cell</source>
        <translation>Hanes y gell a ddewiswyd</translation>
    </message>
    <message>
        <source>Every area already has a row: edit it in the table.</source>
        <translation>Mae rhes gan bob maes yn barod: golygwch hi yn y tabl.</translation>
    </message>
    <message>
        <source>Choose a cell first.</source>
        <translation>Dewiswch gell yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <source>Kept by the home authority: it changes when they send it.</source>
        <extracomment>Items keyed by a meaningful id (an area of learning) name their row with it.</extracomment>
        <translation>Yr awdurdod cartref sy&apos;n cadw hwn: mae&apos;n newid pan fyddan nhw&apos;n ei anfon.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict: {field}</source>
        <translation>Gwrthdaro: {field}</translation>
    </message>
    <message>
        <source>“{field}” was changed here and at the Virtual School before they had seen each other&apos;s change. Keep one version, or write one text from both.</source>
        <translation>Newidiwyd “{field}” yma ac yn yr Ysgol Rithwir cyn i&apos;r naill weld newid y llall. Cadwch un fersiwn, neu ysgrifennwch un testun o&apos;r ddau.</translation>
    </message>
    <message>
        <source>written at school</source>
        <translation>a ysgrifennwyd yn yr ysgol</translation>
    </message>
    <message>
        <source>written at the Virtual School</source>
        <translation>a ysgrifennwyd yn yr Ysgol Rithwir</translation>
    </message>
    <message>
        <source>Version {number}, {side}</source>
        <translation>Fersiwn {number}, {side}</translation>
    </message>
    <message>
        <source>Keep version {number}</source>
        <translation>Cadw fersiwn {number}</translation>
    </message>
    <message>
        <source>&amp;Merged text:</source>
        <translation>Testun &amp;cyfun:</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Testun cyfun</translation>
    </message>
    <message>
        <source>Keep the merged text</source>
        <translation>Cadw&apos;r testun cyfun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your encrypted vault</source>
        <translation>Creu eich storfa wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>Everything vsdesk keeps is encrypted with a key only your passphrase opens. Nobody can recover it if you forget it.</source>
        <translation>Mae popeth a gedwir gan vsdesk wedi&apos;i amgryptio ag allwedd na all ond eich cyfrinymadrodd ei hagor. Ni all neb ei hadfer os byddwch yn ei anghofio.</translation>
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
        <translation>Mae&apos;r cyfrinymadrodd hwn yn rhy wan: gellid ei ddyfalu. Gwnewch ef yn hirach.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <source>Strength: {level}.</source>
        <translation>Cryfder: {level}.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Yn creu&apos;r storfa…</translation>
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
        <translation>Ymrestru gyda&apos;ch Ysgol Rithwir</translation>
    </message>
    <message>
        <source>Use the invitation file and the one-time code your Virtual School sent you.</source>
        <translation>Defnyddiwch y ffeil wahoddiad a&apos;r cod untro a anfonodd eich Ysgol Rithwir atoch.</translation>
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
        <translation>&amp;Cadw&apos;r cais fel:</translation>
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
        <translation>Dewis ble i gadw&apos;r cais</translation>
    </message>
    <message>
        <source>&amp;Open invitation</source>
        <translation>&amp;Agor y gwahoddiad</translation>
    </message>
    <message>
        <source>Save &amp;request file</source>
        <translation>Cadw&apos;r ffeil &amp;gais</translation>
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
        <translation>Cadw&apos;r cais fel</translation>
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
Cymharwch ef â&apos;r ôl bys y mae eich Ysgol Rithwir yn ei ddarllen dros y ffôn.</translation>
    </message>
    <message>
        <source>Saved. Send this file to your Virtual School; import their reply in Sync.</source>
        <translation>Wedi&apos;i chadw. Anfonwch y ffeil hon at eich Ysgol Rithwir; mewnforiwch eu hateb yn Cysoni.</translation>
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
    <name>FieldRow</name>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>History of {field}</source>
        <translation>Hanes {field}</translation>
    </message>
    <message>
        <source>Who changed this field, and when</source>
        <translation>Pwy newidiodd y maes hwn, a phryd</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>Kept by the home authority: it changes when they send it.</source>
        <translation>Yr awdurdod cartref sy&apos;n cadw hwn: mae&apos;n newid pan fyddan nhw&apos;n ei anfon.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Pupil and placement</source>
        <translation>Y disgybl a&apos;r lleoliad</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>Attendance and exclusions</source>
        <translation>Presenoldeb a gwaharddiadau</translation>
    </message>
    <message>
        <source>Attainment and progress</source>
        <translation>Cyrhaeddiad a chynnydd</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Pupil and carer voice</source>
        <translation>Llais y disgybl a&apos;r gofalwr</translation>
    </message>
    <message>
        <source>ALN</source>
        <translation>ADY</translation>
    </message>
    <message>
        <source>Funding requests</source>
        <translation>Ceisiadau am gyllid</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Lles</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Pontio</translation>
    </message>
    <message>
        <source>Early years</source>
        <translation>Blynyddoedd cynnar</translation>
    </message>
    <message>
        <source>Post-16</source>
        <translation>Ôl-16</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Amgylchiadau</translation>
    </message>
    <message>
        <source>Alternative provision or reduced timetable</source>
        <translation>Darpariaeth amgen neu amserlen ostyngedig</translation>
    </message>
    <message>
        <source>Child missing education</source>
        <translation>Plentyn sy&apos;n colli addysg</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Sicrhau ansawdd</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Ymyriadau</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Development by area of learning</source>
        <translation>Datblygiad fesul maes dysgu</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Unique pupil number (UPN)</source>
        <translation>Rhif disgybl unigryw (UPN)</translation>
    </message>
    <message>
        <source>Home local authority</source>
        <translation>Awdurdod lleol cartref</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Grŵp blwyddyn</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statws cyfreithiol</translation>
    </message>
    <message>
        <source>Entered care</source>
        <translation>Dechrau derbyn gofal</translation>
    </message>
    <message>
        <source>Joined the school</source>
        <translation>Ymuno â&apos;r ysgol</translation>
    </message>
    <message>
        <source>Last significant change</source>
        <translation>Y newid sylweddol diwethaf</translation>
    </message>
    <message>
        <source>Next care review</source>
        <translation>Adolygiad gofal nesaf</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Math o leoliad</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>ALN status</source>
        <translation>Statws ADY</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Iaith gyntaf</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>Placement address</source>
        <translation>Cyfeiriad y lleoliad</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Carer&apos;s address</source>
        <translation>Cyfeiriad y gofalwr</translation>
    </message>
    <message>
        <source>Carer&apos;s phone</source>
        <translation>Ffôn y gofalwr</translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation>Cyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>May receive information</source>
        <translation>Caiff dderbyn gwybodaeth</translation>
    </message>
    <message>
        <source>Must not have contact</source>
        <translation>Ni chaiff gael cyswllt</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Statws y cynllun</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Rheswm dros y statws</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Cyfarfod nesaf</translation>
    </message>
    <message>
        <source>ALN summary</source>
        <translation>Crynodeb ADY</translation>
    </message>
    <message>
        <source>Attendance (%)</source>
        <translation>Presenoldeb (%)</translation>
    </message>
    <message>
        <source>Sessions missed</source>
        <translation>Sesiynau a gollwyd</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Gwaharddiadau</translation>
    </message>
    <message>
        <source>Days excluded</source>
        <translation>Diwrnodau wedi&apos;u gwahardd</translation>
    </message>
    <message>
        <source>Subject or area</source>
        <translation>Pwnc neu faes</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Presennol</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Disgwyliedig</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>SDQ total difficulties score</source>
        <translation>Sgôr anawsterau cyfan yr SDQ</translation>
    </message>
    <message>
        <source>SDQ date</source>
        <translation>Dyddiad yr SDQ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Pupil voice</source>
        <translation>Llais y disgybl</translation>
    </message>
    <message>
        <source>Carer voice</source>
        <translation>Llais y gofalwr</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Mesur llwyddiant</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pwy sy&apos;n gyfrifol</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Gosodwyd ar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Amount (£)</source>
        <translation>Swm (£)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Linked target</source>
        <translation>Targed cysylltiedig</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Approved (£)</source>
        <translation>Cymeradwywyd (£)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>Aspirations</source>
        <translation>Dyheadau</translation>
    </message>
    <message>
        <source>Careers advice</source>
        <translation>Cyngor gyrfaoedd</translation>
    </message>
    <message>
        <source>Moving to</source>
        <translation>Yn symud i</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>Dyddiad y symud</translation>
    </message>
    <message>
        <source>Support for the move</source>
        <translation>Cymorth ar gyfer y symud</translation>
    </message>
    <message>
        <source>PEP shared with the next setting on</source>
        <translation>CAP wedi&apos;i rannu â&apos;r lleoliad nesaf ar</translation>
    </message>
    <message>
        <source>Years out of year group</source>
        <translation>Blynyddoedd y tu allan i&apos;r grŵp blwyddyn</translation>
    </message>
    <message>
        <source>Emergency placement</source>
        <translation>Lleoliad brys</translation>
    </message>
    <message>
        <source>Sessions possible</source>
        <translation>Sesiynau posibl</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Graddfa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Spent (£)</source>
        <translation>Wedi&apos;i wario (£)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Type of setting</source>
        <translation>Math o leoliad</translation>
    </message>
    <message>
        <source>Funded hours taken (a week)</source>
        <translation>Oriau wedi&apos;u hariannu a ddefnyddir (yr wythnos)</translation>
    </message>
    <message>
        <source>Funded hours entitled (a week)</source>
        <translation>Oriau wedi&apos;u hariannu y mae hawl iddynt (yr wythnos)</translation>
    </message>
    <message>
        <source>What the setting sees</source>
        <translation>Yr hyn y mae&apos;r lleoliad yn ei weld</translation>
    </message>
    <message>
        <source>Early Years Pupil Premium or Development Grant</source>
        <translation>Premiwm Disgyblion neu Grant Datblygu Disgyblion y Blynyddoedd Cynnar</translation>
    </message>
    <message>
        <source>Speech and language</source>
        <translation>Lleferydd ac iaith</translation>
    </message>
    <message>
        <source>Speech and language notes</source>
        <translation>Nodiadau lleferydd ac iaith</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Type of provider</source>
        <translation>Math o ddarparwr</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Qualifications the course leads to</source>
        <translation>Cymwysterau y mae&apos;r cwrs yn arwain atynt</translation>
    </message>
    <message>
        <source>Education, employment or training</source>
        <translation>Addysg, cyflogaeth neu hyfforddiant</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <source>16–19 Bursary or EMA</source>
        <translation>Bwrsariaeth 16–19 neu Lwfans Cynhaliaeth Addysg</translation>
    </message>
    <message>
        <source>Careers guidance</source>
        <translation>Cyfarwyddyd gyrfaoedd</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <source>Education in the pathway plan</source>
        <translation>Addysg yn y cynllun llwybr</translation>
    </message>
    <message>
        <source>Attendance at the provider (%)</source>
        <translation>Presenoldeb gyda&apos;r darparwr (%)</translation>
    </message>
    <message>
        <source>Attendance counted by</source>
        <translation>Presenoldeb wedi&apos;i gyfrif yn ôl</translation>
    </message>
    <message>
        <source>Attendance reported on</source>
        <translation>Presenoldeb wedi&apos;i adrodd ar</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Trefniant</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Oriau&apos;r wythnos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Daeth i ben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Plan to return to a full timetable</source>
        <translation>Cynllun i ddychwelyd i amserlen lawn</translation>
    </message>
    <message>
        <source>Missing education since</source>
        <translation>Yn colli addysg ers</translation>
    </message>
    <message>
        <source>Reported to the authority on</source>
        <translation>Rhoddwyd gwybod i&apos;r awdurdod ar</translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation>Beth sy&apos;n cael ei wneud</translation>
    </message>
    <message>
        <source>Back in education on</source>
        <translation>Yn ôl mewn addysg ar</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Sylwadau</translation>
    </message>
    <message>
        <source>Assured by</source>
        <translation>Sicrhawyd gan</translation>
    </message>
    <message>
        <source>Assured on</source>
        <translation>Sicrhawyd ar</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Gwahoddwyd</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Care order</source>
        <translation>Gorchymyn gofal</translation>
    </message>
    <message>
        <source>Interim care order</source>
        <translation>Gorchymyn gofal interim</translation>
    </message>
    <message>
        <source>Voluntary accommodation</source>
        <translation>Llety gwirfoddol</translation>
    </message>
    <message>
        <source>Placement order</source>
        <translation>Gorchymyn lleoli</translation>
    </message>
    <message>
        <source>Remand</source>
        <translation>Remánd</translation>
    </message>
    <message>
        <source>Special guardianship</source>
        <translation>Gwarcheidiaeth arbennig</translation>
    </message>
    <message>
        <source>Adoption order</source>
        <translation>Gorchymyn mabwysiadu</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>Gofal maeth</translation>
    </message>
    <message>
        <source>Kinship care</source>
        <translation>Gofal gan berthnasau</translation>
    </message>
    <message>
        <source>Residential care</source>
        <translation>Gofal preswyl</translation>
    </message>
    <message>
        <source>Placed with parents</source>
        <translation>Wedi&apos;i leoli gyda rhieni</translation>
    </message>
    <message>
        <source>Independent living</source>
        <translation>Byw&apos;n annibynnol</translation>
    </message>
    <message>
        <source>Secure accommodation</source>
        <translation>Llety diogel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>ALN with an IDP</source>
        <translation>ADY gyda CDU</translation>
    </message>
    <message>
        <source>SEN support</source>
        <translation>Cymorth AAA</translation>
    </message>
    <message>
        <source>EHCP</source>
        <translation>EHCP</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Looked after</source>
        <translation>Yn derbyn gofal</translation>
    </message>
    <message>
        <source>Previously looked after</source>
        <translation>Wedi derbyn gofal o&apos;r blaen</translation>
    </message>
    <message>
        <source>With a social worker</source>
        <translation>Gyda gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Wedi&apos;i gyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei gyflawni</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Meithrinfa</translation>
    </message>
    <message>
        <source>Childminder</source>
        <translation>Gwarchodwr plant</translation>
    </message>
    <message>
        <source>School nursery class</source>
        <translation>Dosbarth meithrin ysgol</translation>
    </message>
    <message>
        <source>Not on track</source>
        <translation>Ddim ar y trywydd iawn</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Ar y trywydd iawn</translation>
    </message>
    <message>
        <source>Exceeding</source>
        <translation>Yn rhagori</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ddim yn gymwys</translation>
    </message>
    <message>
        <source>Eligible, not claimed</source>
        <translation>Yn gymwys, heb ei hawlio</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Wedi&apos;i hawlio</translation>
    </message>
    <message>
        <source>No concerns</source>
        <translation>Dim pryderon</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Yn monitro</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Wedi&apos;i atgyfeirio</translation>
    </message>
    <message>
        <source>Receiving support</source>
        <translation>Yn cael cymorth</translation>
    </message>
    <message>
        <source>Sixth form</source>
        <translation>Chweched dosbarth</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Coleg</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Darparwr hyfforddiant</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Cyflogwr</translation>
    </message>
    <message>
        <source>Entry level</source>
        <translation>Lefel mynediad</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Lefel 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Lefel 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Lefel 3</translation>
    </message>
    <message>
        <source>Level 4 or above</source>
        <translation>Lefel 4 neu uwch</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>Mewn addysg</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>Mewn cyflogaeth</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Mewn hyfforddiant</translation>
    </message>
    <message>
        <source>Not in education, employment or training (NEET)</source>
        <translation>Ddim mewn addysg, cyflogaeth na hyfforddiant (NEET)</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Heb wneud cais</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Wedi gwneud cais</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Yn ei dderbyn</translation>
    </message>
    <message>
        <source>Alternative provision</source>
        <translation>Darpariaeth amgen</translation>
    </message>
    <message>
        <source>Reduced timetable</source>
        <translation>Amserlen ostyngedig</translation>
    </message>
    <message>
        <source>Communication and language</source>
        <translation>Cyfathrebu ac iaith</translation>
    </message>
    <message>
        <source>Physical development</source>
        <translation>Datblygiad corfforol</translation>
    </message>
    <message>
        <source>Personal, social and emotional development</source>
        <translation>Datblygiad personol, cymdeithasol ac emosiynol</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Llythrennedd</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Mathemateg</translation>
    </message>
    <message>
        <source>Understanding the world</source>
        <translation>Deall y byd</translation>
    </message>
    <message>
        <source>Expressive arts and design</source>
        <translation>Celfyddydau mynegiannol a dylunio</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Perthyn</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Cyfathrebu</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>Archwilio</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>History of {field}</source>
        <translation>Hanes {field}</translation>
    </message>
    <message>
        <source>{count} change(s), newest first.</source>
        <translation>{count} newid, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>No change has been recorded for this field yet.</source>
        <translation>Does dim newid wedi&apos;i gofnodi i&apos;r maes hwn eto.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Pryd (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cynt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Wedyn</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
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
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Quality assured</source>
        <translation>Wedi&apos;i sicrhau ansawdd</translation>
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
    <message>
        <source>Post-16 transition review (Year 11)</source>
        <translation>Adolygiad pontio ôl-16 (Blwyddyn 11)</translation>
    </message>
    <message>
        <source>Reduced timetable review</source>
        <translation>Adolygiad amserlen ostyngedig</translation>
    </message>
    <message>
        <source>Early years</source>
        <translation>Blynyddoedd cynnar</translation>
    </message>
    <message>
        <source>School age</source>
        <translation>Oedran ysgol gorfodol</translation>
    </message>
    <message>
        <source>Post-16</source>
        <translation>Ôl-16</translation>
    </message>
    <message>
        <source>Age two</source>
        <translation>Dwyflwydd oed</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Meithrin</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Derbyn</translation>
    </message>
    <message>
        <source>Year {number}</source>
        <translation>Blwyddyn {number}</translation>
    </message>
    <message>
        <source>Phase not known (no date of birth or term): the school-age sections show</source>
        <translation>Cyfnod heb ei wybod (dim dyddiad geni na thymor): dangosir adrannau oedran ysgol</translation>
    </message>
    <message>
        <source>educated out of year group</source>
        <translation>yn cael addysg y tu allan i&apos;w grŵp blwyddyn</translation>
    </message>
    <message>
        <source>outside the PEP ages (2 to 17)</source>
        <translation>y tu allan i oedrannau&apos;r CAP (2 i 17)</translation>
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
        <translation>Cloi&apos;r storfa (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>M&amp;eeting:</source>
        <translation>&amp;Cyfarfod:</translation>
    </message>
    <message>
        <source>&amp;New meeting today</source>
        <translation>Cyfarfod &amp;newydd heddiw</translation>
    </message>
    <message>
        <source>New meeting today</source>
        <translation>Cyfarfod newydd heddiw</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Pwy sy&apos;n bresennol</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>The pupil&apos;s views</source>
        <translation>Barn y disgybl</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Next meeting and the plan</source>
        <translation>Y cyfarfod nesaf a&apos;r cynllun</translation>
    </message>
    <message>
        <source>Mark &amp;ready for meeting</source>
        <translation>Nodi&apos;n &amp;barod ar gyfer y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Submit the plan</source>
        <translation>&amp;Cyflwyno&apos;r cynllun</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>No meeting yet: start one with “New meeting today”</source>
        <translation>Dim cyfarfod eto: dechreuwch un gyda “Cyfarfod newydd heddiw”</translation>
    </message>
    <message>
        <source>Plan: {status}</source>
        <translation>Cynllun: {status}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Undo last edit</source>
        <translation>Dadwneud y newid olaf</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Rhannau&apos;r cynllun</translation>
    </message>
    <message>
        <source>Saved: {fields}.</source>
        <translation>Cadwyd: {fields}.</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Heb ei gadw: {message}</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Each change is saved as soon as you leave the field. A field in red was not saved: mend it and leave it again.</source>
        <translation>Caiff pob newid ei gadw cyn gynted ag y byddwch yn gadael y maes. Ni chadwyd maes mewn coch: cywirwch ef a&apos;i adael eto.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
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
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Language of the pack</source>
        <translation>Iaith y pecyn</translation>
    </message>
    <message>
        <source>Include &amp;safeguarding details</source>
        <translation>Cynnwys manylion &amp;diogelu</translation>
    </message>
    <message>
        <source>&amp;Blank pre-meeting copy to write in</source>
        <translation>Copi &amp;gwag cyn y cyfarfod i ysgrifennu ynddo</translation>
    </message>
    <message>
        <source>Pass&amp;word (optional):</source>
        <translation>Cyfrin&amp;air (dewisol):</translation>
    </message>
    <message>
        <source>Password for the PDF (optional)</source>
        <translation>Cyfrinair i&apos;r PDF (dewisol)</translation>
    </message>
    <message>
        <source>Leave empty for no password</source>
        <translation>Gadewch yn wag am ddim cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Make pack</source>
        <translation>&amp;Gwneud y pecyn</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>C&amp;adw&apos;r PDF…</translation>
    </message>
    <message>
        <source>Preview of the pack</source>
        <translation>Rhagolwg o&apos;r pecyn</translation>
    </message>
    <message>
        <source>Packs for every meeting in a date range</source>
        <translation>Pecynnau ar gyfer pob cyfarfod rhwng dau ddyddiad</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>Make packs into a folder…</source>
        <translation>Gwneud pecynnau mewn ffolder…</translation>
    </message>
    <message>
        <source>Choose a pupil first.</source>
        <translation>Dewiswch ddisgybl yn gyntaf.</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>Wrthi&apos;n gwneud y pecyn…</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Tudalen {number}</translation>
    </message>
    <message>
        <source>The pack is ready: {pages} page(s), {size} KiB.</source>
        <translation>Mae&apos;r pecyn yn barod: {pages} tudalen, {size} KiB.</translation>
    </message>
    <message>
        <source>Nothing was made: {reason}</source>
        <translation>Ni wnaed dim: {reason}</translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation>Cadw&apos;r pecyn</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the pack to {file}.</source>
        <translation>Cadwyd y pecyn yn {file}.</translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation>Anfonwyd {pages} tudalen i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Folder for the packs</source>
        <translation>Ffolder ar gyfer y pecynnau</translation>
    </message>
    <message>
        <source>Making the packs…</source>
        <translation>Wrthi&apos;n gwneud y pecynnau…</translation>
    </message>
    <message>
        <source>Wrote {count} meeting pack(s) to {folder}.</source>
        <translation>Ysgrifennwyd {count} pecyn cyfarfod yn {folder}.</translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <source>&amp;Pupil:</source>
        <translation>&amp;Disgybl:</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Choose a pupil…</source>
        <translation>Dewiswch ddisgybl…</translation>
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
        <source>Phase</source>
        <translation>Cyfnod</translation>
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
        <translation>
            <numerusform>%n disgybl</numerusform>
            <numerusform>%n disgybl</numerusform>
            <numerusform>%n disgybl</numerusform>
            <numerusform>%n disgybl</numerusform>
            <numerusform>%n disgybl</numerusform>
        </translation>
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
        <source>S&amp;ync online every:</source>
        <translation>C&amp;ysoni ar-lein bob:</translation>
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
        <source>Sync online every, in minutes (0 is off)</source>
        <translation>Cysoni ar-lein bob hyn o funudau (0 yw i ffwrdd)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
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
    <message>
        <source>&amp;Virtual Schools</source>
        <translation>&amp;Ysgolion Rhithwir</translation>
    </message>
    <message>
        <source>Virtual Schools</source>
        <translation>Ysgolion Rhithwir</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Cysoni diwethaf</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Bwndeli a dderbyniwyd</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Bwndeli a anfonwyd</translation>
    </message>
    <message>
        <source>Changes waiting to send</source>
        <translation>Newidiadau i&apos;w hanfon</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Send your changes to your Virtual Schools&apos; hubs and fetch theirs</source>
        <translation>Anfon eich newidiadau i hybiau eich Ysgolion Rhithwir a nôl eu rhai nhw</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Mewnforio bwndel…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Allforio bwndel…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Allforio bwndel</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <source>&amp;Conflicts waiting for you</source>
        <translation>&amp;Gwrthdaro yn aros amdanoch</translation>
    </message>
    <message>
        <source>Conflicts waiting for you</source>
        <translation>Gwrthdaro yn aros amdanoch</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Pupil record</source>
        <translation>Cofnod y disgybl</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Datrys…</translation>
    </message>
    <message>
        <source>Resolve the selected conflict</source>
        <translation>Datrys y gwrthdaro a ddewiswyd</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Bundles (*.vsbundle *.bundle);;All files (*)</source>
        <translation>Bwndeli (*.vsbundle *.bundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Bundles (*.vsbundle)</source>
        <translation>Bwndeli (*.vsbundle)</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Wrthi&apos;n gwirio a mewnforio&apos;r bwndel…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r bwndel…</translation>
    </message>
    <message>
        <source>Syncing with your Virtual Schools…</source>
        <translation>Yn cysoni â&apos;ch Ysgolion Rhithwir…</translation>
    </message>
    <message>
        <source>{authority}: connecting…</source>
        <translation>{authority}: yn cysylltu…</translation>
    </message>
    <message>
        <source>{authority}: sent {sent} change(s)…</source>
        <translation>{authority}: anfonwyd {sent} newid…</translation>
    </message>
    <message>
        <source>{authority}: sent {sent} change(s), received {received}…</source>
        <translation>{authority}: anfonwyd {sent} newid, derbyniwyd {received}…</translation>
    </message>
    <message>
        <source>{authority}: sent {sent} change(s), received {received}.</source>
        <translation>{authority}: anfonwyd {sent} newid, derbyniwyd {received}.</translation>
    </message>
    <message>
        <source>{authority}: offline, will try again.</source>
        <translation>{authority}: all-lein, bydd yn ceisio eto.</translation>
    </message>
    <message>
        <source>{authority}: not synced.</source>
        <translation>{authority}: heb ei gysoni.</translation>
    </message>
    <message>
        <source>{authority}: no hub address; sync by file instead.</source>
        <translation>{authority}: dim cyfeiriad hyb; cysonwch drwy ffeil yn lle hynny.</translation>
    </message>
    <message>
        <source>{authority}: not synced: {reason}</source>
        <translation>{authority}: heb ei gysoni: {reason}</translation>
    </message>
    <message>
        <source>Imported bundle {sequence} from {authority}: {changes} change(s) for {pupils} pupil(s), {purged} removed, {conflicts} new conflict(s).</source>
        <translation>Mewnforiwyd bwndel {sequence} gan {authority}: {changes} newid i {pupils} disgybl, {purged} wedi&apos;u dileu, {conflicts} gwrthdaro newydd.</translation>
    </message>
    <message>
        <source>Exported bundle {sequence} for {authority}: {changes} change(s), {size} KiB.</source>
        <translation>Allforiwyd bwndel {sequence} i {authority}: {changes} newid, {size} KiB.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Ni newidiwyd dim: {reason}</translation>
    </message>
</context>
<context>
    <name>TabPage</name>
    <message>
        <source>Safeguarding details are hidden. Show them only when no one else can see the screen.</source>
        <translation>Mae&apos;r manylion diogelu wedi&apos;u cuddio. Dangoswch nhw dim ond pan na all neb arall weld y sgrin.</translation>
    </message>
    <message>
        <source>Show safeguarding details</source>
        <translation>Dangos y manylion diogelu</translation>
    </message>
    <message>
        <source>The Virtual School does the quality assurance; it is shown here to read.</source>
        <translation>Yr Ysgol Rithwir sy&apos;n sicrhau ansawdd; fe&apos;i dangosir yma i&apos;w ddarllen.</translation>
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
        <source>Today&apos;s list</source>
        <translation>Rhestr heddiw</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Heddiw, {day}</translation>
    </message>
    <message>
        <source>{authority}: never synced. Open Sync…</source>
        <translation>{authority}: heb gysoni erioed. Agor Cysoni…</translation>
    </message>
    <message>
        <source>{authority}: no sync for {days} days; its profile allows {allowed}. Open Sync…</source>
        <translation>{authority}: dim cysoni ers {days} diwrnod; mae ei broffil yn caniatáu {allowed}. Agor Cysoni…</translation>
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
        <translation>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
        </translation>
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
        <translation>targed wedi pasio ei ddyddiad</translation>
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
        <translation>Pecynnau cyfarfod i&apos;w paratoi</translation>
    </message>
    <message>
        <source>Timescales due or overdue</source>
        <translation>Amserlenni sy&apos;n ddyledus neu&apos;n hwyr</translation>
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
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Gwiriwch Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>You can try again in {seconds} s.</source>
        <translation>Gallwch roi cynnig arall arni ymhen {seconds} eiliad.</translation>
    </message>
</context>
</TS>
