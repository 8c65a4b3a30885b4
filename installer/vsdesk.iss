; vsdesk for Windows: a per-user install that needs no admin rights (Inno Setup 6).
;
; Build (installer/README.md): PyInstaller first (dist\vsdesk\), then
;   iscc /DAppVersion=0.1.0 installer\vsdesk.iss      -> dist\vsdesk-setup.exe
;
; IT: vsdesk-setup.exe /VERYSILENT /SUPPRESSMSGBOXES  installs with no window and no question;
;     "%LOCALAPPDATA%\Programs\vsdesk\vsdesk.exe" --self-test  checks the installation;
;     unins000.exe /VERYSILENT  removes the program and KEEPS the teacher's vault;
;     unins000.exe /VERYSILENT /REMOVEDATA  removes the vault too.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; One AppId for ever: upgrades find the earlier installation by it.
AppId={{6A0C3E4B-0B7E-4C8B-9E5B-7D3F1C2A9E41}
AppName=vsdesk
AppVersion={#AppVersion}
AppPublisher=vsdesk
VersionInfoVersion={#AppVersion}
; Per user, no elevation: {autopf} is then %LOCALAPPDATA%\Programs, and HKA is HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\vsdesk
DefaultGroupName=vsdesk
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=vsdesk-setup
SetupIconFile=..\build\vsdesk.ico
UninstallDisplayIcon={app}\vsdesk-app.exe
UninstallDisplayName=vsdesk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Files]
Source: "..\dist\vsdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\vsdesk"; Filename: "{app}\vsdesk-app.exe"; Comment: "Personal Education Plans / Cynlluniau Addysg Personol"

[Registry]
; .vsbundle opens in vsdesk-app (per user: HKCU\Software\Classes). vsdesk-app FILE imports the
; bundle on the Sync screen once the vault is unlocked.
Root: HKA; Subkey: "Software\Classes\.vsbundle"; ValueType: string; ValueName: ""; ValueData: "vsdesk.bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vsbundle\OpenWithProgids"; ValueType: string; ValueName: "vsdesk.bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\vsdesk.bundle"; ValueType: string; ValueName: ""; ValueData: "vsdesk bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\vsdesk.bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\vsdesk-app.exe,0"
Root: HKA; Subkey: "Software\Classes\vsdesk.bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\vsdesk-app.exe"" ""%1"""

[Run]
Filename: "{app}\vsdesk-app.exe"; Description: "Start vsdesk"; Flags: nowait postinstall skipifsilent

[Code]
{ The vault lives in the user data folder (platformdirs: %LOCALAPPDATA%\vsdesk), not in
  {app}, so uninstalling never touches it unless asked: a question (default No) when the
  uninstaller runs with a window, and only the /REMOVEDATA switch when it runs silently. }

function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\vsdesk');
end;

function HasSwitch(const Switch: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Switch) = 0 then
      Result := True;
end;

function RemoveDataAsked(): Boolean;
begin
  if HasSwitch('/REMOVEDATA') then
    Result := True
  else if UninstallSilent() then
    Result := False
  else
    Result := MsgBox(
      'Also delete your vsdesk data from this computer: the encrypted vault with your pupils'' plans, and your settings?' + #13#10 +
      'Choose No to keep it (a later installation opens it again).' + #13#10#13#10 +
      'Dileu eich data vsdesk o''r cyfrifiadur hwn hefyd: y storfa wedi''i hamgryptio gyda chynlluniau eich disgyblion, a''ch gosodiadau?' + #13#10 +
      'Dewiswch Na i''w gadw (bydd gosodiad diweddarach yn ei agor eto).',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and RemoveDataAsked() then
    DelTree(DataFolder(), True, True, True);
end;
