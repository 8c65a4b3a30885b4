<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
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
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create your vault with 'vsdesk init'.</source>
        <translation>Crëwch eich storfa gyda 'vsdesk init'.</translation>
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
    <name>PupilsScreen</name>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
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