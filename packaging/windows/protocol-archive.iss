; Inno Setup script for Protocol Archive (Lưu trữ Lễ tân) on Windows.
;
; Build on Windows, from the repository root (see packaging/README.md):
;   py -m venv build\venv && build\venv\Scripts\pip install . pyinstaller pillow
;   build\venv\Scripts\python packaging\make_icons.py --out build\icons --ico packaging\windows\protocol-archive.ico
;   build\venv\Scripts\pyinstaller --noconfirm packaging\protocol_archive.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\protocol-archive.iss
; Output: dist\protocol-archive-<version>-setup.exe
;
; The user's archive lives in %LOCALAPPDATA%\ProtocolArchive (platformdirs). This installer never
; creates, changes or deletes it: uninstalling removes only {app} and the shortcuts.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Protocol Archive"
#define AppExe "protocol-archive.exe"
; Paths are relative to this script (packaging\windows\).
#define Root "..\.."

[Setup]
AppId={{6F1C2B0E-8E4A-4C55-9B0B-2A7E3D5C9A41}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Protocol Archive
DefaultDirName={autopf}\Protocol Archive
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no admin rights needed); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=protocol-archive-{#AppVersion}-setup
SetupIconFile=protocol-archive.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} (Lưu trữ Lễ tân)
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup 6.3+ ships Vietnamese among the unofficial translations; uncomment if it is installed:
; Name: "vietnamese"; MessagesFile: "compiler:Languages\Unofficial\Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder PyInstaller bundle (dist\protocol-archive\ from protocol_archive.spec).
Source: "{#Root}\dist\protocol-archive\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; Comment: "Lưu trữ Lễ tân"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only files the app itself may leave next to the program (e.g. __pycache__); never {localappdata}.
Type: filesandordirs; Name: "{app}"
