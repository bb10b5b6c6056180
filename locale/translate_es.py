"""Builds locale/reliefdesk_es.ts and .qm: the Spanish interface of the desktop app.

Run from the repository root:  .venv/bin/python locale/translate_es.py

1. ``pyside6-lupdate`` collects every ``self.tr()`` / ``QCoreApplication.translate()`` string
   of ``desktop/`` into the .ts file;
2. messages built at run time (field labels, relief titles, background-operation texts) are
   added here, because lupdate cannot see them;
3. each message gets its Spanish text from ``ES`` below (or stays "unfinished", so Qt shows
   the English);
4. ``pyside6-lrelease`` compiles the .ts into the .qm the app loads.

The Spanish is plain and formal (usted), as used with clients and interpreters. Legal terms
keep their English names where forms use them (T visa -> visa T, Supplement B ...).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "locale" / "reliefdesk_es.ts"
QM = ROOT / "locale" / "reliefdesk_es.qm"
BIN = Path(sys.executable).parent

ES: dict[str, str] = {
    # main window and client list
    "ReliefDesk": "ReliefDesk",
    "DEMO (fictional client, nothing is saved)": "DEMO (cliente ficticio, no se guarda nada)",
    "Back to the client list (Ctrl+L)": "Volver a la lista de clientes (Ctrl+L)",
    "Settings…": "Configuración…",
    "About": "Acerca de",
    "Language:": "Idioma:",
    "DEMO": "DEMO",
    "Fictional demo client in memory; nothing is saved": (
        "Cliente ficticio de demostración en memoria; no se guarda nada"
    ),
    "Quick exit": "Salida rápida",
    "Hide every window at once and lock the case database (or press Esc twice)": (
        "Oculta todas las ventanas de inmediato y bloquea la base de datos (o pulse Esc dos veces)"
    ),
    "Clients": "Clientes",
    "Search by name, alias or A-number…": "Buscar por nombre, alias o número A…",
    "Show archived": "Mostrar archivados",
    "No clients yet. You can add the fictional demo client to try every screen safely, or "
    "create a new client.": (
        "Todavía no hay clientes. Puede añadir el cliente ficticio de demostración para probar "
        "todas las pantallas sin riesgo, o crear un cliente nuevo."
    ),
    "Add the fictional demo client": "Añadir el cliente ficticio de demostración",
    "Recent clients": "Clientes recientes",
    "&New…": "&Nuevo…",
    "&Open": "&Abrir",
    "&Archive": "A&rchivar",
    "&Export…": "&Exportar…",
    "&Import…": "&Importar…",
    "[archived]": "[archivado]",
    "[open by {names}]": "[abierto por {names}]",
    # check out to this laptop / check in (desktop/checkout_view.py, issue 22 item 7)
    "[checked out by {user} on {computer}]": "[llevado por {user} a {computer}]",
    "{user} checked this client out to a laptop ({computer}) on {date}. Changes made on both "
    "sides are compared at check-in, and nothing is overwritten without asking which copy to "
    "keep.": (
        "{user} llevó este cliente a una computadora portátil ({computer}) el {date}. Al "
        "devolverlo se comparan los cambios hechos en los dos lados, y no se reemplaza nada sin "
        "preguntar qué copia conservar."
    ),
    "Check &out to this laptop": "&Llevar a esta computadora portátil",
    "Copy the selected client to this laptop's encrypted case database to work away from the "
    "clinic (Ctrl+Shift+O)": (
        "Copia el cliente seleccionado a la base de datos cifrada de esta computadora portátil "
        "para trabajar fuera de la clínica (Ctrl+Shift+O)"
    ),
    "Check &in from this laptop": "&Devolver desde esta computadora portátil",
    "Bring this laptop's copy of the selected client back to the clinic server (Ctrl+Shift+I)": (
        "Devuelve al servidor de la clínica la copia del cliente seleccionado que tiene esta "
        "computadora portátil (Ctrl+Shift+I)"
    ),
    "La&ptop copy": "Copia &portátil",
    "Check the selected client out to this laptop, or back in": (
        "Llevar el cliente seleccionado a esta computadora portátil, o devolverlo"
    ),
    "Laptop copy": "Copia portátil",
    "{user} on {computer}": "{user} en {computer}",
    "another computer": "otra computadora",
    "{client} is already checked out by {who}. Nothing was copied. Ask them to check it in "
    "first, then try again.": (
        "{who} ya se llevó a {client}. No se copió nada. Pídale que lo devuelva primero y "
        "vuelva a intentarlo."
    ),
    "This laptop's own case database already has {client}. Nothing was copied. Check that copy "
    "in first (or export it and delete it on this laptop), then check the client out again.": (
        "La base de datos propia de esta computadora portátil ya tiene a {client}. No se copió "
        "nada. Devuelva primero esa copia (o expórtela y elimínela en esta computadora "
        "portátil) y luego vuelva a llevar el cliente."
    ),
    "{client} is not checked out to this laptop, so there is nothing to check in. Nothing was "
    "changed.": (
        "{client} no se llevó a esta computadora portátil, así que no hay nada que devolver. "
        "No se cambió nada."
    ),
    "Someone saved {client} on the clinic server while it was being checked in. Nothing was "
    "written and it is still checked out to this laptop: check it in again.": (
        "Alguien guardó a {client} en el servidor de la clínica mientras se devolvía. No se "
        "escribió nada y sigue en esta computadora portátil: devuélvalo otra vez."
    ),
    "{client} is checked out to another computer ({who}). Check it in from that computer. "
    "Nothing was changed.": (
        "{client} se llevó a otra computadora ({who}). Devuélvalo desde esa computadora. No se "
        "cambió nada."
    ),
    "Copying {client} to this laptop…": "Copiando a {client} a esta computadora portátil…",
    "Checking {client} in to the clinic server…": (
        "Devolviendo a {client} al servidor de la clínica…"
    ),
    "{client} is checked out to this laptop. To work on it away from the clinic, start "
    "ReliefDesk without the clinic server: it opens this laptop's encrypted case database. "
    "Check the client in when you are back; if it was changed here too, you will be asked "
    "which copy to keep.": (
        "{client} ya está en esta computadora portátil. Para trabajar fuera de la clínica, "
        "inicie ReliefDesk sin el servidor de la clínica: se abre la base de datos cifrada de "
        "esta computadora portátil. Devuelva el cliente cuando regrese; si también se cambió "
        "aquí, se le preguntará qué copia conservar."
    ),
    "{client} is checked in: this laptop's copy is now the clinic's.": (
        "{client} se devolvió: la copia de esta computadora portátil es ahora la de la clínica."
    ),
    "{client} is checked in. Nothing had changed on this laptop, so the clinic's copy stays as "
    "it is.": (
        "{client} se devolvió. No había cambiado nada en esta computadora portátil, así que "
        "la copia de la clínica queda como está."
    ),
    "{client} is checked in. The clinic's copy was kept; this laptop's changes were dropped.": (
        "{client} se devolvió. Se conservó la copia de la clínica; se descartaron los cambios "
        "de esta computadora portátil."
    ),
    "{client} is checked in. This laptop's copy was added as a separate client, with a note: "
    "compare the two and merge them by hand.": (
        "{client} se devolvió. La copia de esta computadora portátil se añadió como un "
        "cliente aparte, con una nota: compare los dos y únalos a mano."
    ),
    "The copy on this laptop was removed (its case database was backed up first).": (
        "Se quitó la copia de esta computadora portátil (antes se hizo una copia de seguridad "
        "de su base de datos)."
    ),
    "Check in from this laptop": "Devolver desde esta computadora portátil",
    "{client} was changed on both sides": "{client} se cambió en los dos lados",
    "Since {client} was checked out to this laptop, it was changed both on the clinic server "
    "and on this laptop. Nothing has been written yet. The two copies differ in:": (
        "Desde que {client} se llevó a esta computadora portátil, se cambió tanto en el "
        "servidor de la clínica como en esta computadora portátil. Todavía no se escribió nada. "
        "Las dos copias difieren en:"
    ),
    "Choose which copy to keep. Whatever you choose, this laptop's case database is backed up "
    "before its copy is removed.": (
        "Elija qué copia conservar. Elija lo que elija, se hace una copia de seguridad de la "
        "base de datos de esta computadora portátil antes de quitar su copia."
    ),
    "Keep the &clinic's copy": "Conservar la copia de la &clínica",
    "Use this &laptop's copy": "Usar la copia de esta &portátil",
    "Keep &both": "Conservar &ambas",
    "Decide l&ater": "Decidir &más tarde",
    "The changes made on this laptop are dropped; the clinic's copy stays as it is.": (
        "Se descartan los cambios hechos en esta computadora portátil; la copia de la clínica "
        "queda como está."
    ),
    "This laptop's copy replaces the clinic's: what was changed on the server since the "
    "check-out is lost.": (
        "La copia de esta computadora portátil reemplaza la de la clínica: se pierde lo que se "
        "cambió en el servidor desde que se llevó."
    ),
    "This laptop's copy is added on the server as a separate client, with a note. Compare the "
    "two and merge them by hand.": (
        "La copia de esta computadora portátil se añade en el servidor como un cliente aparte, "
        "con una nota. Compare los dos y únalos a mano."
    ),
    "Nothing is written. The client stays checked out to this laptop.": (
        "No se escribe nada. El cliente sigue en esta computadora portátil."
    ),
    "The client was deleted on the clinic server.": (
        "El cliente se eliminó en el servidor de la clínica."
    ),
    "{field} ({server} on the clinic server, {laptop} on this laptop)": (
        "{field} ({server} en el servidor de la clínica, {laptop} en esta computadora portátil)"
    ),
    "ReliefDesk: this laptop's passphrase": "ReliefDesk: frase de contraseña de esta portátil",
    "This laptop has no case database of its own yet: checked-out clients are kept there, "
    "encrypted. Choose a passphrase for it. A few unrelated words are easy to remember and hard "
    "to guess.": (
        "Esta computadora portátil todavía no tiene una base de datos propia: allí se guardan, "
        "cifrados, los clientes llevados. Elija una frase de contraseña para ella. Unas cuantas "
        "palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar."
    ),
    "To check the client in, ReliefDesk opens this laptop's own encrypted case database. Enter "
    "its passphrase.": (
        "Para devolver el cliente, ReliefDesk abre la base de datos cifrada propia de esta "
        "computadora portátil. Escriba su frase de contraseña."
    ),
    "To check the client out, ReliefDesk opens this laptop's own encrypted case database. Enter "
    "its passphrase.": (
        "Para llevar el cliente, ReliefDesk abre la base de datos cifrada propia de esta "
        "computadora portátil. Escriba su frase de contraseña."
    ),
    "Nothing was imported. These clients were changed on this computer too; importing would "
    "replace those changes:": (
        "No se importó nada. Estos clientes también se cambiaron en esta computadora; importar "
        "reemplazaría esos cambios:"
    ),
    "changed here on {here}, after the bundle's copy ({there})": (
        "cambiado aquí el {here}, después de la copia del paquete ({there})"
    ),
    "both copies changed (here {here}, in the bundle {there})": (
        "cambiaron las dos copias (aquí el {here}, en el paquete el {there})"
    ),
    "Differs in: {fields}": "Difiere en: {fields}",
    "{field} ({here} here, {there} in the bundle)": (
        "{field} ({here} en esta computadora, {there} en el paquete)"
    ),
    "…and {n} more.": "…y {n} más.",
    "Keep this computer's copy": "Conservar la copia de esta computadora",
    "Replace with the bundle's copy": "Reemplazar con la copia del paquete",
    "Keep both": "Conservar ambas",
    "This computer's copy is kept first: in a backup on this computer, or as an archived client "
    "on a clinic server": (
        "Antes se conserva la copia de esta computadora: en una copia de seguridad aquí, o como "
        "cliente archivado en el servidor de la clínica"
    ),
    "The bundle's copy is added as a separate client, with a note": (
        "La copia del paquete se agrega como un cliente aparte, con una nota"
    ),
    "{names} has this client open. You can open it too; if you both change it, the second to "
    "save is asked to merge or reload.": (
        "{names} tiene abierto este cliente. Usted también puede abrirlo; si ambos lo cambian, "
        "a quien guarde en segundo lugar se le pedirá combinar o volver a cargar."
    ),
    "&Delete…": "E&liminar…",
    "Delete client": "Eliminar cliente",
    "Delete {name} and everything recorded about them? A backup is made first, but the client "
    "disappears from the list. Archive instead if you may need the file again.": (
        "¿Eliminar a {name} y todo lo registrado sobre esta persona? Antes se hace una copia de "
        "seguridad, pero el cliente desaparece de la lista. Archívelo si puede necesitar el "
        "expediente de nuevo."
    ),
    "Passphrase for the bundle file (give it to the recipient by another channel):": (
        "Frase de contraseña del archivo (entréguela al destinatario por otro medio):"
    ),
    "Export client": "Exportar cliente",
    "ReliefDesk bundle (*.rdbundle)": "Paquete de ReliefDesk (*.rdbundle)",
    "Exported to {path}. The file is encrypted with the bundle passphrase.": (
        "Exportado a {path}. El archivo está cifrado con la frase de contraseña del paquete."
    ),
    "Exporting…": "Exportando…",
    "Import clients": "Importar clientes",
    "Imported {n} client(s).": "Se importaron {n} cliente(s).",
    "Importing…": "Importando…",
    "New client": "Cliente nuevo",
    "Family name:": "Apellidos:",
    "Given name:": "Nombre:",
    "Open": "Abrir",
    "Quit": "Salir",
    "Locked": "Bloqueado",
    # workspace tabs
    "This part is not installed in this build ({name}).": (
        "Esta parte no está instalada en esta versión ({name})."
    ),
    "&Profile": "&Perfil",
    "&Interview": "&Entrevista",
    "A&ssessment": "E&valuación",
    "&Documents": "&Documentos",
    # passphrase
    "ReliefDesk: passphrase": "ReliefDesk: frase de contraseña",
    "Choose a passphrase for the encrypted case database. A few unrelated words are easy to "
    "remember and hard to guess.": (
        "Elija una frase de contraseña para la base de datos cifrada. Unas cuantas palabras sin "
        "relación entre sí son fáciles de recordar y difíciles de adivinar."
    ),
    "Enter the passphrase of the case database.": (
        "Escriba la frase de contraseña de la base de datos."
    ),
    "Write it down somewhere safe. A lost passphrase cannot be recovered: nobody, including "
    "the makers of ReliefDesk, can open the data without it.": (
        "Anótela en un lugar seguro. Una frase de contraseña perdida no se puede recuperar: "
        "nadie, ni siquiera los autores de ReliefDesk, puede abrir los datos sin ella."
    ),
    "&Passphrase:": "&Frase de contraseña:",
    "&Password:": "&Contraseña:",
    "Clinic mode: enter your password for the clinic's case server {server}. ReliefDesk keeps "
    "it only while connecting and never saves it.": (
        "Modo clínica: escriba su contraseña del servidor de casos de la clínica {server}. "
        "ReliefDesk la usa solo para conectarse y nunca la guarda."
    ),
    "&Type it again:": "&Repítala:",
    "Strength: —": "Solidez: —",
    "Strength: weak": "Solidez: débil",
    "Strength: fair": "Solidez: aceptable",
    "Strength: good": "Solidez: buena",
    "Strength: strong": "Solidez: muy buena",
    "Use at least {n} characters.": "Use al menos {n} caracteres.",
    "Opening the case database…": "Abriendo la base de datos…",
    "The two passphrases differ. Type them again.": (
        "Las dos frases no coinciden. Escríbalas de nuevo."
    ),
    # profile editor
    "Edit {field}": "Editar {field}",
    "Edit answer": "Editar respuesta",
    "Add row": "Añadir fila",
    "Remove row": "Quitar fila",
    "Sensitive: never printed outside the documents you generate.": (
        "Dato delicado: solo aparece en los documentos que usted genere."
    ),
    "Yes": "Sí",
    "No": "No",
    "Add": "Añadir",
    "Remove": "Quitar",
    "Undo": "Deshacer",
    "Attach file to the selected row…": "Adjuntar archivo a la fila seleccionada…",
    "Attach exhibit file": "Adjuntar archivo de prueba",
    "Documents (*.pdf *.jpg *.jpeg *.png *.docx)": "Documentos (*.pdf *.jpg *.jpeg *.png *.docx)",
    "Select the exhibit's row first.": "Primero seleccione la fila de la prueba.",
    "Attach file": "Adjuntar archivo",
    "Opens the editable Word draft in this computer's word processor": (
        "Abre el borrador editable de Word en el procesador de textos de este equipo"
    ),
    "Redo": "Rehacer",
    "Not saved — see the message": "No guardado: vea el mensaje",
    "Saving…": "Guardando…",
    "Saved {time}": "Guardado {time}",
    "All changes saved": "Todos los cambios guardados",
    "Demo: nothing is saved": "Demo: no se guarda nada",
    "Generate the packet first.": "Primero genere el paquete.",
    "Generate the packet first: the Word drafts are written with it.": (
        "Primero genere el paquete: los borradores de Word se escriben con él."
    ),
    "year-month-day, e.g. 1990-05-14 (optional)": "año-mes-día, p. ej. 1990-05-14 (opcional)",
    "e.g. A-123-456-789 (optional)": "p. ej. A-123-456-789 (opcional)",
    "Date of birth:": "Fecha de nacimiento:",
    "A-number:": "Número A:",
    "Open the existing client": "Abrir el cliente existente",
    "Create and start the interview": "Crear y empezar la entrevista",
    "Type the client's name first.": "Primero escriba el nombre del cliente.",
    "Type the date of birth like 1990-05-14 (year-month-day).": (
        "Escriba la fecha de nacimiento como 1990-05-14 (año-mes-día)."
    ),
    "An A-number has 8 or 9 digits, e.g. A-123-456-789.": (
        "Un número A tiene 8 o 9 dígitos, p. ej. A-123-456-789."
    ),
    "the same A-number": "el mismo número A",
    "the same name and date of birth": "el mismo nombre y fecha de nacimiento",
    "the same name": "el mismo nombre",
    "This client may already exist: {client} has {reason}.": (
        "Puede que este cliente ya exista: {client} tiene {reason}."
    ),
    "Open the existing client instead.": "Abra el cliente existente en su lugar.",
    "Open it, or press Create again if this is someone else.": (
        "Ábralo, o pulse Crear de nuevo si se trata de otra persona."
    ),
    "fictional demo": "demostración ficticia",
    # interview
    "Prompt in:": "Pregunta en:",
    "%v of %m elements decided": "%v de %m elementos resueltos",
    "Legal elements no longer unknown; the interview asks only what decides them": (
        "Elementos legales que ya no son desconocidos; la entrevista solo pregunta lo que los "
        "decide"
    ),
    "&Resume": "&Reanudar",
    "&Pause": "&Pausa",
    "The interview is paused. Take the time the client needs. Nothing is lost; press Resume "
    "to go on.": (
        "La entrevista está en pausa. Tómese el tiempo que el cliente necesite. No se pierde "
        "nada; pulse Reanudar para seguir."
    ),
    "No more questions for the chosen reliefs right now.": (
        "No quedan preguntas por ahora para los beneficios elegidos."
    ),
    "See the assessment": "Ver la evaluación",
    "Attorney notes on this question (not shown to anyone):": (
        "Notas del abogado sobre esta pregunta (no se muestran a nadie):"
    ),
    "Before the next question": "Antes de la siguiente pregunta",
    "&Continue": "&Continuar",
    "&Skip": "&Omitir",
    "Ask &later": "Preguntar &después",
    "&Yes": "&Sí",
    "N&o": "&No",
    "Open this list in the profile": "Abrir esta lista en el perfil",
    "&Answer (Enter)": "&Responder (Intro)",
    "&Back": "&Atrás",
    "Client prefers &not to say": "Prefiere no d&ecirlo",
    "Leave it unknown for now": "Dejarlo como desconocido por ahora",
    "Leave it unknown and mark it to ask at a later meeting": (
        "Dejarlo como desconocido y marcarlo para preguntar en otra reunión"
    ),
    "The client chose not to answer; it stays unknown and is recorded as such": (
        "El cliente eligió no responder; queda como desconocido y así se registra"
    ),
    "The next question is about painful events. The client may take a break, skip it, or "
    "answer later.": (
        "La siguiente pregunta trata de hechos dolorosos. El cliente puede tomar un descanso, "
        "omitirla o responder más tarde."
    ),
    "This is a list (for example several arrests or family members). Add the rows in the "
    "profile, then come back and press Answer.": (
        "Esto es una lista (por ejemplo, varios arrestos o familiares). Añada las filas en el "
        "perfil, luego vuelva y pulse Responder."
    ),
    "Choose Yes or No, or use Skip / Ask later.": (
        "Elija Sí o No, o use Omitir / Preguntar después."
    ),
    "Type a date like 2021-05-14 (year-month-day).": (
        "Escriba una fecha como 2021-05-14 (año-mes-día)."
    ),
    "Type a whole number.": "Escriba un número entero.",
    "Choose one of the options, or use Skip / Ask later.": (
        "Elija una de las opciones, o use Omitir / Preguntar después."
    ),
    "Type the answer, or use Skip / Ask later.": (
        "Escriba la respuesta, o use Omitir / Preguntar después."
    ),
    # assessment
    "Element": "Elemento",
    "Status": "Estado",
    "Reason": "Motivo",
    "Citation": "Cita legal",
    "Authority": "Fundamento legal",
    "Last reviewed": "Última revisión",
    "Evidence that proves it": "Pruebas que lo demuestran",
    "None": "Ninguno",
    "&Resolve unknowns": "&Resolver lo desconocido",
    "Ask next the interview questions that decide the unknown elements": (
        "Hacer a continuación las preguntas que deciden los elementos desconocidos"
    ),
    "Re&calculate": "Re&calcular",
    "A screening aid for the attorney, not legal advice. Rules marked VERIFY have not been "
    "checked against the current law; check the citation before relying on them.": (
        "Una ayuda de evaluación preliminar para el abogado, no asesoría legal. Las reglas "
        "marcadas VERIFY no se han comprobado con la ley vigente; revise la cita antes de "
        "basarse en ellas."
    ),
    "The eligibility rules are not installed in this build.": (
        "Las reglas de elegibilidad no están instaladas en esta versión."
    ),
    "Unverified rule: check the citation": "Regla sin verificar: revise la cita",
    "Unverified ({status}): check this rule against the current law.": (
        "Sin verificar ({status}): compruebe esta regla con la ley vigente."
    ),
    "Flags": "Alertas",
    "Deadlines": "Plazos",
    "Derivatives who may qualify": "Derivados que podrían calificar",
    "Other relief to consider": "Otros beneficios a considerar",
    "Particular social group: each group on the three prongs": (
        "Grupo social determinado: cada grupo según los tres requisitos"
    ),
    "Met": "Cumplido",
    "Likely met": "Probablemente cumplido",
    "Not met": "No cumplido",
    "Likely not met": "Probablemente no cumplido",
    "Unknown": "Desconocido",
    "Exception applies": "Se aplica una excepción",
    "Not applicable": "No aplica",
    "Likely eligible": "Probablemente elegible",
    "{relief} — screening result: {outcome}": "{relief}: resultado preliminar: {outcome}",
    "Likely not eligible": "Probablemente no elegible",
    "Needs more information": "Falta información",
    # reliefs
    "T visa": "Visa T",
    "U visa": "Visa U",
    "Continued Presence": "Presencia Continuada",
    "Asylum (particular social group)": "Asilo (grupo social determinado)",
    "Vacatur and record relief": "Anulación de condenas y antecedentes",
    # documents
    "Ready": "Listo",
    "Needs wet signature": "Requiere firma a mano",
    "Missing facts": "Faltan datos",
    "Missing file": "Falta el archivo",
    "Form PDF not supplied": "Falta el PDF del formulario",
    "Unreadable": "Ilegible",
    "Not available yet": "Aún no disponible",
    "Rendering the preview…": "Preparando la vista previa…",
    "Relief:": "Beneficio:",
    "Output folder:": "Carpeta de salida:",
    "Choose…": "Elegir…",
    "Generated documents are NOT encrypted. Choose a folder on an encrypted disk, and delete "
    "copies you no longer need.": (
        "Los documentos generados NO están cifrados. Elija una carpeta en un disco cifrado y "
        "borre las copias que ya no necesite."
    ),
    "Document": "Documento",
    "Source": "Origen",
    "Review: what is missing (double-click to fix)": (
        "Revisión: lo que falta (doble clic para corregir)"
    ),
    "&Generate packet": "&Generar paquete",
    "Open packet PDF": "Abrir el PDF del paquete",
    "Open DOCX draft": "Abrir el borrador DOCX",
    "Checking the filing plan…": "Revisando el plan de presentación…",
    "Filing plans are not installed in this build.": (
        "Los planes de presentación no están instalados en esta versión."
    ),
    "Answer this in the interview": "Responda esto en la entrevista",
    "Nothing is missing.": "No falta nada.",
    "Output folder": "Carpeta de salida",
    "Choose an output folder first.": "Primero elija una carpeta de salida.",
    "Generating…": "Generando…",
    "Cancelled. Nothing was written.": "Cancelado. No se escribió nada.",
    "Generating the packet…": "Generando el paquete…",
    "Packet written: {path}": "Paquete guardado: {path}",
    "File at: {address}": "Presentar en: {address}",
    "Source: {authority}; last reviewed {date}.": "Fuente: {authority}; revisado el {date}.",
    "Check it before mailing (VERIFY).": "Compruébela antes de enviar el paquete (VERIFY).",
    "Check it before filing (VERIFY).": "Compruébelo antes de presentar los escritos (VERIFY).",
    "Court:": "Tribunal:",
    "The client has records in several courts: each court gets its own set of papers, listing "
    "only that court's records": (
        "El cliente tiene antecedentes en varios tribunales: cada tribunal recibe su propio "
        "juego de escritos, que enumera solo los antecedentes de ese tribunal"
    ),
    "({n} pages)": "({n} páginas)",
    "The packet was not written.": "No se escribió el paquete.",
    "Add official form…": "Añadir formulario oficial…",
    "Add official form": "Añadir formulario oficial",
    "Add a blank form PDF downloaded from uscis.gov so ReliefDesk can fill it": (
        "Añada un PDF en blanco descargado de uscis.gov para que ReliefDesk pueda llenarlo"
    ),
    "PDF files (*.pdf)": "Archivos PDF (*.pdf)",
    "Checking the form…": "Revisando el formulario…",
    "{form} (edition {edition}) was added; ReliefDesk can now fill it.": (
        "Se añadió {form} (edición {edition}); ReliefDesk ya puede llenarlo."
    ),
    "The packet was written as a DRAFT. These documents are not in it; a NOT INCLUDED page "
    "stands in for each:": (
        "El paquete se guardó como BORRADOR. Estos documentos no están incluidos; una página "
        "NOT INCLUDED ocupa el lugar de cada uno:"
    ),
    # settings
    "Data location": "Ubicación de los datos",
    "Default output folder": "Carpeta de salida predeterminada",
    "Settings": "Configuración",
    "Data": "Datos",
    "Data location:": "Ubicación de los datos:",
    "Clinic server:": "Servidor de la clínica:",
    "Clinic server": "Servidor de la clínica",
    "Clinic mode, from the next start: the cases live on the clinic's server and ReliefDesk "
    "asks for your server password at each start (never saved). Leave empty to keep the cases "
    "in this computer's encrypted file.": (
        "Modo clínica, desde el próximo inicio: los casos están en el servidor de la clínica y "
        "ReliefDesk pide su contraseña del servidor en cada inicio (nunca se guarda). Déjelo "
        "vacío para guardar los casos en el archivo cifrado de esta computadora."
    ),
    "Used from the next start. Leave empty for the default folder.": (
        "Se usa a partir del próximo inicio. Déjelo vacío para la carpeta predeterminada."
    ),
    "Backups (encrypted)": "Copias de seguridad (cifradas)",
    "Keep this many:": "Conservar:",
    "Make a backup now": "Hacer una copia ahora",
    "Restore the selected backup…": "Restaurar la copia seleccionada…",
    "Documents": "Documentos",
    "Default output folder:": "Carpeta de salida predeterminada:",
    "Generated documents are not encrypted: prefer a folder on an encrypted disk.": (
        "Los documentos generados no están cifrados: prefiera una carpeta en un disco cifrado."
    ),
    "Bates prefix:": "Prefijo Bates:",
    # counsel for one client (issue 18 item 1)
    "Counsel for this client…": "Abogado de este cliente…",
    "Counsel for this client": "Abogado de este cliente",
    "The attorney of record on this client's G-28, letters and court papers": (
        "El abogado de registro en el G-28, las cartas y los escritos judiciales de este cliente"
    ),
    "This client's G-28, cover letters and court papers use the office's counsel details "
    "(Settings). Tick the box to name another attorney of record for this client only.": (
        "El G-28, las cartas de presentación y los escritos judiciales de este cliente usan los "
        "datos del abogado de la oficina (Configuración). Marque la casilla para indicar otro "
        "abogado de registro solo para este cliente."
    ),
    "Another attorney of record for this client": "Otro abogado de registro para este cliente",
    # counsel and organisation settings (issue 15 item 2)
    "Counsel and organization…": "Abogado y organización…",
    "Counsel and organization": "Abogado y organización",
    "Entered once for the office: every client's G-28, cover letters and court papers use these "
    "details, unless the client's profile names another attorney of record.": (
        "Se ingresan una vez para la oficina: el G-28, las cartas de presentación y los escritos "
        "judiciales de cada cliente usan estos datos, salvo que el perfil del cliente indique "
        "otro abogado de registro."
    ),
    "Family name (last name):": "Apellido:",
    "Given name (first name):": "Nombre de pila:",
    "Middle name:": "Segundo nombre:",
    "Attorney in good standing": "Abogado habilitado (en regla)",
    "Bar number:": "Número de colegiatura (bar):",
    "Bar state (two letters):": "Estado del colegio de abogados (dos letras):",
    "Licensing authority:": "Autoridad que otorgó la licencia:",
    "DOJ accredited representative": "Representante acreditado por el DOJ",
    "Recognized organization:": "Organización reconocida:",
    "DOJ recognition/accreditation number:": "Número de reconocimiento/acreditación del DOJ:",
    "Accreditation expires (YYYY-MM-DD):": "Vencimiento de la acreditación (AAAA-MM-DD):",
    "Law firm or organization:": "Bufete u organización:",
    "Street number and name:": "Número y nombre de la calle:",
    "Suite or floor:": "Oficina o piso:",
    "City or town:": "Ciudad o pueblo:",
    "State (two letters):": "Estado (dos letras):",
    "ZIP code:": "Código postal (ZIP):",
    "Country:": "País:",
    "Daytime telephone:": "Teléfono durante el día:",
    "Mobile telephone:": "Teléfono móvil:",
    "Fax:": "Fax:",
    "E-mail:": "Correo electrónico:",
    "USCIS online account number:": "Número de cuenta en línea de USCIS:",
    "EOIR ID:": "ID de EOIR:",
    "The e-mail address is not complete (name@example.org).": (
        "La dirección de correo electrónico está incompleta (nombre@example.org)."
    ),
    "Write the accreditation expiry date as YYYY-MM-DD.": (
        "Escriba la fecha de vencimiento de la acreditación como AAAA-MM-DD."
    ),
    "Interface": "Interfaz",
    "Making a backup…": "Haciendo una copia de seguridad…",
    "Backup written: {name}": "Copia guardada: {name}",
    "Restore backup": "Restaurar copia",
    "Replace the current data with the backup {name}? Changes made after it was taken will "
    "be lost (a backup of the current data is made first).": (
        "¿Reemplazar los datos actuales con la copia {name}? Se perderán los cambios hechos "
        "después de esa copia (antes se hace una copia de los datos actuales)."
    ),
    "The backup was restored.": "Se restauró la copia.",
    "Restoring…": "Restaurando…",
    # background operations
    "Working…": "Trabajando…",
    "Cancel": "Cancelar",
    "Cancelling… (waiting for a safe point)": "Cancelando… (esperando un punto seguro)",
    "Something went wrong and the operation did not finish. Nothing was lost: everything "
    "saved before this is still there. Please try again; if it happens again, note what you "
    "were doing and tell your support contact.": (
        "Algo salió mal y la operación no terminó. No se perdió nada: todo lo guardado antes "
        "sigue ahí. Inténtelo de nuevo; si vuelve a ocurrir, anote qué estaba haciendo y "
        "avise a su contacto de soporte."
    ),
    "Error type: {name}": "Tipo de error: {name}",
    # profile sections and groups
    "Identity": "Identidad",
    "Family": "Familia",
    "Immigration history": "Historial migratorio",
    "Episodes": "Hechos",
    "Law enforcement": "Autoridades policiales",
    "Arrests and convictions": "Arrestos y condenas",
    "Fear of return": "Temor al regreso",
    "Prior statements": "Declaraciones anteriores",
    "Exhibits": "Pruebas documentales",
    "Other names used": "Otros nombres usados",
    "Addresses": "Direcciones",
    "Identity documents": "Documentos de identidad",
    "Family members": "Familiares",
    "Entries and exits": "Entradas y salidas",
    "Prior applications": "Solicitudes anteriores",
    "Trafficking and crime episodes": "Hechos de trata y delitos",
    "Law-enforcement contacts": "Contactos con autoridades",
    "Certifications (Supplement B)": "Certificaciones (Suplemento B)",
    "Continued Presence requests": "Solicitudes de Presencia Continuada",
    "Arrests, charges and convictions": "Arrestos, cargos y condenas",
    "Notes": "Notas",
    "Interview answers": "Respuestas de la entrevista",
    # field labels
    "A-number": "Número A",
    "Family name": "Apellidos",
    "Given name": "Nombre",
    "Middle name": "Segundo nombre",
    "Chosen name": "Nombre preferido",
    "Pronouns": "Pronombres",
    "Date of birth": "Fecha de nacimiento",
    "Date of birth precision": "Precisión de la fecha de nacimiento",
    "Sex": "Sexo",
    "Gender identity": "Identidad de género",
    "Marital status": "Estado civil",
    "City of birth": "Ciudad de nacimiento",
    "Country of birth": "País de nacimiento",
    "Nationalities": "Nacionalidades",
    "Nationality": "Nacionalidad",
    "Languages": "Idiomas",
    "Language": "Idioma",
    "Primary language": "Idioma principal",
    "Literacy": "Lectura",
    "Interpreter needed": "Necesita intérprete",
    "Interpreter": "Intérprete",
    "USCIS account number": "Número de cuenta de USCIS",
    "SSN": "Número de Seguro Social",
    "I-94 number": "Número de I-94",
    "Passport number": "Número de pasaporte",
    "Passport country": "País del pasaporte",
    "Passport expiry": "Vencimiento del pasaporte",
    "Phone": "Teléfono",
    "Email": "Correo electrónico",
    "Safe contact method": "Forma segura de contacto",
    "Current state": "Estado actual",
    "Current county": "Condado actual",
    "Federal circuit": "Circuito federal",
    "Intake notes": "Notas de admisión",
    "Immigration status": "Situación migratoria",
    "Detained": "Detenido",
    "In removal proceedings": "En proceso de deportación",
    "Removal court": "Tribunal de inmigración",
    "Next hearing date": "Fecha de la próxima audiencia",
    "Prior removal order": "Orden de deportación anterior",
    "Last arrival date": "Fecha de la última llegada",
    "Last arrival place": "Lugar de la última llegada",
    "Last arrival manner": "Forma de la última llegada",
    "Name": "Nombre",
    "Kind": "Tipo",
    "In care of": "A cargo de",
    "Street": "Calle",
    "Unit": "Apartamento",
    "City": "Ciudad",
    "State": "Estado",
    "Postal code": "Código postal",
    "Country": "País",
    "Date from": "Desde",
    "Date to": "Hasta",
    "Relationship": "Parentesco",
    "County": "Condado",
    "Court": "Tribunal",
    "Docket": "Número de expediente",
    "Charge": "Cargo",
    "Offense": "Delito",
    "Statute": "Ley",
    "Disposition": "Resolución",
    "Disposition date": "Fecha de la resolución",
    "Sentence": "Sentencia",
    "Arrest date": "Fecha del arresto",
    "Description": "Descripción",
    "Summary": "Resumen",
    "Recipient": "Destinatario",
    "Statement date": "Fecha de la declaración",
    "Agency": "Agencia",
    "Officer": "Agente",
    "Start date": "Fecha de inicio",
    "End date": "Fecha de fin",
    "Perpetrators": "Responsables",
    "Harms": "Daños sufridos",
    "Topic": "Tema",
    "Body": "Texto",
    "Author": "Autor",
}

# -- added for issue 18: strings that were still English ----------------------------------
ES.update(
    {
        # about
        "About ReliefDesk": "Acerca de ReliefDesk",
        "ReliefDesk {version}": "ReliefDesk {version}",
        "application bundle": "paquete de la aplicación",
        "source checkout": "copia del código fuente",
        "Offline case preparation for T and U visas, Continued Presence, asylum (particular "
        "social group) and vacatur. Screening results are for attorney review; they are not "
        "legal advice. Running from a {build}.": (
            "Preparación de casos sin conexión para visas T y U, Presencia Continuada, asilo "
            "(grupo social determinado) y anulación de condenas. Los resultados preliminares son "
            "para revisión del abogado; no son asesoría legal. Se ejecuta desde una {build}."
        ),
        "Data location: the demo client is kept in memory only. Your case file is in {path}": (
            "Ubicación de los datos: el cliente de demostración solo está en memoria. Su "
            "expediente está en {path}"
        ),
        "Data location (encrypted case file and backups): {path}": (
            "Ubicación de los datos (expediente cifrado y copias de seguridad): {path}"
        ),
        "LibreOffice (not part of ReliefDesk) turns documents into PDF: found at {path}.": (
            "LibreOffice (no forma parte de ReliefDesk) convierte los documentos a PDF: se "
            "encontró en {path}."
        ),
        "LibreOffice was not found. ReliefDesk does not include it; install LibreOffice to turn "
        "documents into PDF. Word files are still written.": (
            "No se encontró LibreOffice. ReliefDesk no lo incluye; instale LibreOffice para "
            "convertir los documentos a PDF. Los archivos de Word se siguen generando."
        ),
        "ReliefDesk never connects to the internet and does not check for updates. See "
        "'Bundled official forms' for the form editions it contains.": (
            "ReliefDesk nunca se conecta a internet ni busca actualizaciones. Vea 'Formularios "
            "oficiales incluidos' para las ediciones de formularios que contiene."
        ),
        "Form editions were last checked on {date} (status: {status}). USCIS publishes new "
        "editions without notice: check each form's page on uscis.gov before filing.": (
            "Las ediciones de los formularios se revisaron por última vez el {date} (estado: "
            "{status}). USCIS publica ediciones nuevas sin aviso: revise la página de cada "
            "formulario en uscis.gov antes de presentarlo."
        ),
        "{n} of the forms below may be out of date.": (
            "{n} de los formularios siguientes pueden estar desactualizados."
        ),
        "Official PDFs you add are kept in {folder}.": (
            "Los PDF oficiales que usted añada se guardan en {folder}."
        ),
        "Form": "Formulario",
        "Edition": "Edición",
        "Printed expiry": "Vencimiento impreso",
        "Copy": "Copia",
        "Current as far as ReliefDesk knows": "Vigente según lo que sabe ReliefDesk",
        "May be out of date: the printed expiry date has passed. Check {url}": (
            "Puede estar desactualizado: la fecha de vencimiento impresa ya pasó. Revise {url}"
        ),
        "No printed expiry known. Check {url}": (
            "No se conoce una fecha de vencimiento impresa. Revise {url}"
        ),
        "Bundled": "Incluido",
        "Add from uscis.gov": "Añadir desde uscis.gov",
        "unknown": "desconocido",
        "Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public License v3 "
        "(LGPL-3.0). They are dynamically linked: their shared libraries are separate files in "
        "the application folder, and you may replace them with your own build of the same "
        "version. Their source code is available from the Qt Project (qt.io). The licence "
        "texts are below.": (
            "Qt y Qt for Python (PySide6) se usan bajo la Licencia Pública General Reducida de "
            "GNU v3 (LGPL-3.0). Se enlazan de forma dinámica: sus bibliotecas compartidas son "
            "archivos separados en la carpeta de la aplicación, y usted puede reemplazarlas por "
            "su propia compilación de la misma versión. Su código fuente está disponible en el "
            "Qt Project (qt.io). Los textos de las licencias están a continuación."
        ),
        "Library": "Biblioteca",
        "Version": "Versión",
        "Licence": "Licencia",
        "(dynamically linked)": "(enlazada de forma dinámica)",
        "Bundled official forms": "Formularios oficiales incluidos",
        "Licences": "Licencias",
        # interview: decide-only, opening card, more about this
        "&Decide only (quick screen)": "&Solo lo que decide (evaluación rápida)",
        "Ask only what decides a legal element. Off: also gather the story and the indicators "
        "for each element in play, even once it is decided": (
            "Preguntar solo lo que decide un elemento legal. Desactivado: también se recoge el "
            "relato y los indicios de cada elemento en juego, aunque ya esté resuelto"
        ),
        "Before the first question: is it safe to talk?": (
            "Antes de la primera pregunta: ¿es seguro hablar?"
        ),
        "A checklist for you, recorded with the interview. Say the words in italics to the "
        "client in their language (shown in the prompt language).": (
            "Una lista de control para usted, que se registra con la entrevista. Diga al cliente "
            "las palabras en cursiva en su idioma (se muestran en el idioma de las preguntas)."
        ),
        "No preference": "Sin preferencia",
        "A woman": "Una mujer",
        "A man": "Un hombre",
        "Someone else (note it)": "Otra persona (anótelo)",
        "Safety": "Seguridad",
        "Shelter tonight": "Alojamiento esta noche",
        "Food": "Comida",
        "Medical care": "Atención médica",
        "S&tart the interview": "&Empezar la entrevista",
        "Not everything is confirmed. If the client is not alone and safe to talk, do not ask "
        "about what happened: reschedule, or keep to neutral questions.": (
            "No todo está confirmado. Si el cliente no está solo y seguro para hablar, no "
            "pregunte por lo ocurrido: cambie la cita o limítese a preguntas neutras."
        ),
        "Deal with the client's immediate needs first: %1.": (
            "Atienda primero las necesidades inmediatas del cliente: %1."
        ),
        "Optional: in the client's own words. Type what they tell you; it goes to the narrative "
        "block of the declaration. Skip if they prefer not to.": (
            "Opcional: con las palabras del cliente. Escriba lo que le cuente; va al relato de "
            "la declaración. Omítalo si el cliente prefiere no hacerlo."
        ),
        "More about this: gathering the story (evidence)": (
            "Más sobre esto: se recoge el relato (pruebas)"
        ),
        "Recorded in the interview": "Registrado en la entrevista",
        # opening checklist (eligibility.interview.OPENING)
        "The client is alone with us, in a private place (no one who came with them, no one "
        "listening on a phone).": (
            "El cliente está a solas con nosotros, en un lugar privado (sin nadie que lo "
            "acompañe ni nadie escuchando por teléfono)."
        ),
        "No interpreter is needed, or the interpreter is not connected to anyone involved and "
        "is not a family member or a child.": (
            "No hace falta intérprete, o el intérprete no tiene relación con nadie involucrado y "
            "no es un familiar ni un niño."
        ),
        "Preferred interviewer gender:": "Género preferido de quien entrevista:",
        "Purpose, length and confidentiality (and its limits) explained in the client's "
        "language.": (
            "Se explicaron el propósito, la duración y la confidencialidad (y sus límites) en el "
            "idioma del cliente."
        ),
        "The client knows they may stop, pause or skip any question at any time.": (
            "El cliente sabe que puede parar, hacer una pausa u omitir cualquier pregunta en "
            "cualquier momento."
        ),
        "Immediate needs checked first: safety, shelter, food, medical care.": (
            "Se revisaron primero las necesidades inmediatas: seguridad, alojamiento, comida, "
            "atención médica."
        ),
        "Immediate needs to deal with first (the interview pauses for them):": (
            "Necesidades inmediatas que atender primero (la entrevista se detiene por ellas):"
        ),
        # field labels
        "Document type": "Tipo de documento",
        "Number": "Número",
        "Issuer": "Emisor",
        "Expiry": "Vencimiento",
        "Controlled by": "En poder de",
        "Location city": "Ciudad donde vive",
        "Location country": "País donde vive",
        "In U.S.": "En EE. UU.",
        "In danger of retaliation": "En peligro de represalias",
        "Danger facts": "Hechos del peligro",
        "Include as derivative": "Incluir como derivado",
        "Direction": "Sentido",
        "Event date": "Fecha del hecho",
        "Date precision": "Precisión de la fecha",
        "Place": "Lugar",
        "Manner": "Forma",
        "Visa class": "Clase de visa",
        "After trafficking": "Después de la trata",
        "Purpose": "Propósito",
        "Filed date": "Fecha de presentación",
        "Receipt number": "Número de recibo",
        "Outcome": "Resultado",
        "Prepared by": "Preparado por",
        "Notario": "Notario",
        "Start precision": "Precisión del inicio",
        "End precision": "Precisión del fin",
        "Recruitment": "Captación",
        "Actions": "Acciones",
        "Means": "Medios",
        "Means details": "Detalles de los medios",
        "Work type": "Tipo de trabajo",
        "Performed labor or sex act": "Realizó trabajo o actos sexuales",
        "Pay": "Pago",
        "Could leave": "Podía irse",
        "How it ended": "Cómo terminó",
        "Escape date": "Fecha de la huida",
        "Crime types": "Tipos de delito",
        "Reported to police": "Denunciado a la policía",
        "Agency level": "Nivel de la agencia",
        "Officer contact": "Contacto del agente",
        "Case number": "Número de caso",
        "Contact date": "Fecha del contacto",
        "Event": "Hecho",
        "Request made": "Solicitud hecha",
        "Client response": "Respuesta del cliente",
        "Declined reason": "Motivo del rechazo",
        "Trauma related": "Relacionado con el trauma",
        "Certifier name": "Nombre del certificador",
        "Certifier title": "Cargo del certificador",
        "Requested date": "Fecha de solicitud",
        "Signed date": "Fecha de firma",
        "Submitted date": "Fecha de envío",
        "Granted date": "Fecha de concesión",
        "Expiry date": "Fecha de vencimiento",
        "Offense category": "Categoría del delito",
        "Name used": "Nombre usado",
        "Trafficking related": "Relacionado con la trata",
        "Nexus narrative": "Relato del nexo",
        "Records obtained": "Registros obtenidos",
        "Under duress": "Bajo coacción",
        "Inconsistencies": "Contradicciones",
        "Setting": "Contexto",
        "Counsel present": "Abogado presente",
        "Recorded": "Grabada",
        "Obtained copy": "Copia obtenida",
        "Explanation": "Explicación",
        "Label": "Etiqueta",
        "File path": "Ubicación del archivo",
        "File SHA-256": "Huella del archivo",
        "Document date": "Fecha del documento",
        "Translation status": "Estado de la traducción",
        "Reliefs": "Beneficios",
        "Elements": "Elementos",
    }
)

# -- data texts shown in the UI (context "Data"): engine sentences, rule titles, flags -------
ES.update(
    {
        "Met on the current answers.": "Cumplido con las respuestas actuales.",
        "Not met on the current answers.": "No cumplido con las respuestas actuales.",
        "Does not apply on the current answers.": "No aplica con las respuestas actuales.",
        "Does not apply to this client.": "No aplica a este cliente.",
        "Screening factors present; the legal standard needs attorney judgement.": (
            "Hay factores de evaluación; el estándar legal requiere el criterio del abogado."
        ),
        "Capped at 'likely': the rule is marked VERIFY until an attorney checks it.": (
            "Limitado a 'probablemente': la regla está marcada VERIFY hasta que un abogado la "
            "revise."
        ),
        "Capped at 'likely': the rule is stale (not reviewed) until an attorney checks it.": (
            "Limitado a 'probablemente': la regla está desactualizada (sin revisar) hasta que "
            "un abogado la revise."
        ),
        "Unknown until these are answered:": "Desconocido hasta que se responda:",
        "Nothing to resolve: no element of this relief is waiting on an interview answer.": (
            "Nada que resolver: ningún elemento de este beneficio espera una respuesta de la "
            "entrevista."
        ),
        "Official form, filled in": "Formulario oficial, rellenado",
        "Draft from the profile": "Borrador a partir del perfil",
        "Exhibit file you added": "Archivo de prueba que usted añadió",
        "File you added": "Archivo que usted añadió",
        "Made by ReliefDesk": "Hecho por ReliefDesk",
        "The state's vacatur statute": "La ley de anulación del estado",
        "Unknown: the answers recorded do not settle this; it needs attorney review or action "
        "(see the flags).": (
            "Desconocido: las respuestas registradas no lo resuelven; requiere revisión o "
            "acción del abogado (vea las alertas)."
        ),
        # T visa
        "Is or has been a victim of a severe form of trafficking in persons": (
            "Es o ha sido víctima de una forma grave de trata de personas"
        ),
        "Physically present in the U.S. on account of the trafficking": (
            "Presente físicamente en EE. UU. a causa de la trata"
        ),
        "Complied with any reasonable law-enforcement request (or an exemption or exception "
        "applies)": (
            "Cumplió con toda solicitud razonable de las autoridades (o se aplica una exención o "
            "excepción)"
        ),
        "Under 18 at the time of at least one act of trafficking (exemption)": (
            "Menor de 18 años en al menos un acto de trata (exención)"
        ),
        "Unable to cooperate because of physical or psychological trauma (exception)": (
            "No pudo cooperar por un trauma físico o psicológico (excepción)"
        ),
        "Would suffer extreme hardship involving unusual and severe harm on removal": (
            "Sufriría dificultades extremas con un daño inusual y grave si fuera deportado"
        ),
        "Not barred for having committed an act of a severe form of trafficking": (
            "No está excluido por haber cometido un acto de una forma grave de trata"
        ),
        "Admissible, or inadmissibility can be waived (I-192)": (
            "Admisible, o la inadmisibilidad se puede dispensar (I-192)"
        ),
        "Inadmissibility grounds appear; an I-192 waiver under INA 212(d)(13) or 212(d)(3) may "
        "be requested": (
            "Hay causales de inadmisibilidad; se puede pedir una dispensa I-192 bajo INA "
            "212(d)(13) o 212(d)(3)"
        ),
        "I-192 waiver needed": "Se necesita la dispensa I-192",
        "Inadmissibility grounds appear. Plan an I-192 requesting both INA 212(d)(13) (conduct "
        "caused by or incident to the victimization) and 212(d)(3).": (
            "Hay causales de inadmisibilidad. Prepare un I-192 que pida tanto INA 212(d)(13) "
            "(conducta causada por la victimización o ligada a ella) como 212(d)(3)."
        ),
        "Cooperation exemption (under 18)": "Exención de cooperación (menor de 18)",
        "The client was under 18 during at least one act of trafficking, so the law-enforcement "
        "cooperation requirement does not apply. Gather proof of age.": (
            "El cliente era menor de 18 años en al menos un acto de trata, así que no se aplica "
            "el requisito de cooperar con las autoridades. Reúna pruebas de la edad."
        ),
        "Trauma exception to cooperation": "Excepción de cooperación por trauma",
        "The client reports that trauma made cooperation impossible. Arrange a professional "
        "evaluation; the app does not diagnose.": (
            "El cliente indica que el trauma le impidió cooperar. Organice una evaluación "
            "profesional; la aplicación no diagnostica."
        ),
        "A law-enforcement request was declined": "Se rechazó una solicitud de las autoridades",
        "Assess whether the request was reasonable under the totality of circumstances (fear, "
        "trauma, age, maturity) and record the reason.": (
            "Evalúe si la solicitud era razonable según el conjunto de las circunstancias "
            "(miedo, trauma, edad, madurez) y registre el motivo."
        ),
        "Departure after the trafficking": "Salida del país después de la trata",
        'A departure after the trafficking generally breaks "on account of" presence. Review '
        "the 214.207 exceptions before filing.": (
            'Una salida después de la trata por lo general rompe la presencia "a causa de" la '
            "trata. Revise las excepciones de 214.207 antes de presentar."
        ),
        "Fewer than three hardship factors": "Menos de tres factores de dificultad",
        "Practice heuristic (not law) is to argue at least three hardship factors, weighting "
        "those tied to the trafficking.": (
            "La práctica (no la ley) aconseja argumentar al menos tres factores de dificultad, "
            "dando más peso a los ligados a la trata."
        ),
        "Attorney review of the trafficking bar": "Revisión del abogado de la exclusión por trata",
        "The client was made to recruit, watch or control others. Review 8 CFR 214.202(e) with "
        "the facts of coercion before filing.": (
            "Se obligó al cliente a captar, vigilar o controlar a otras personas. Revise 8 CFR "
            "214.202(e) con los hechos de coacción antes de presentar."
        ),
        "In removal proceedings": "En proceso de deportación",
        "Immigration judges do not decide T applications. Ask ICE OPLA to agree to continue, "
        "administratively close or dismiss; consider a stay request.": (
            "Los jueces de inmigración no deciden las solicitudes T. Pida a ICE OPLA que acepte "
            "aplazar, cerrar administrativamente o desestimar; considere pedir una suspensión."
        ),
        "Prostitution-related record": "Antecedentes relacionados con la prostitución",
        "Vacatur does not remove conduct-based grounds such as INA 212(a)(2)(D); cover them in "
        "the I-192. Sealed records must still be disclosed on forms.": (
            "La anulación no elimina causales basadas en la conducta como INA 212(a)(2)(D); "
            "inclúyalas en el I-192. Los antecedentes sellados se deben declarar igualmente en "
            "los formularios."
        ),
        "Continuous presence for adjustment may be broken": (
            "La presencia continua para el ajuste puede estar interrumpida"
        ),
        "An absence over 90 days, or over 180 days in total, since admission in status appears "
        "in the entries record. Check the exceptions before planning the I-485 (VERIFY).": (
            "El registro de entradas muestra una ausencia de más de 90 días, o de más de 180 "
            "días en total, desde la admisión en el estatus. Revise las excepciones antes de "
            "planear el I-485 (VERIFY)."
        ),
        # U visa
        "Suffered substantial physical or mental abuse as a result of qualifying criminal "
        "activity": (
            "Sufrió un abuso físico o mental considerable a causa de una actividad delictiva "
            "que califica"
        ),
        "Possesses credible and reliable information about the criminal activity": (
            "Tiene información creíble y fiable sobre la actividad delictiva"
        ),
        "Has been, is being, or is likely to be helpful to law enforcement": (
            "Ha sido, es o probablemente será útil a las autoridades"
        ),
        "Law-enforcement certification (I-918 Supp B) signed within 6 months before filing": (
            "Certificación de las autoridades (I-918 Supl. B) firmada en los 6 meses anteriores "
            "a la presentación"
        ),
        "The criminal activity violated U.S. law or occurred in the U.S.": (
            "La actividad delictiva violó la ley de EE. UU. u ocurrió en EE. UU."
        ),
        "Admissible, or inadmissibility can be waived (I-192 under INA 212(d)(14))": (
            "Admisible, o la inadmisibilidad se puede dispensar (I-192 bajo INA 212(d)(14))"
        ),
        "Inadmissibility grounds appear; an I-192 waiver under INA 212(d)(14) may be requested": (
            "Hay causales de inadmisibilidad; se puede pedir una dispensa I-192 bajo INA 212(d)(14)"
        ),
        "U certification missing": "Falta la certificación U",
        "U certification older than 6 months at filing": (
            "Certificación U con más de 6 meses al presentar"
        ),
        "Under 16 at the time of the crime": "Menor de 16 años en el momento del delito",
        "Cap and waiting list": "Límite anual y lista de espera",
        "File the I-918 before the Supp B is 6 months old": (
            "Presente el I-918 antes de que el Supl. B cumpla 6 meses"
        ),
        "Earliest U adjustment (I-485) date, before absence adjustments": (
            "Fecha más temprana del ajuste U (I-485), antes de descontar ausencias"
        ),
        # Continued Presence
        "Victim of a severe form of trafficking in persons": (
            "Víctima de una forma grave de trata de personas"
        ),
        "Potential witness in an investigation or prosecution, or a plaintiff under 18 USC 1595": (
            "Posible testigo en una investigación o proceso penal, o demandante bajo 18 USC 1595"
        ),
        "A federal law-enforcement official requests CP (through ICE CCHT)": (
            "Un funcionario federal de las autoridades solicita la PC (a través de ICE CCHT)"
        ),
        "Present in the United States": "Presente en Estados Unidos",
        "Only law enforcement can request CP": "Solo las autoridades pueden solicitar la PC",
        "Consent before sharing with law enforcement": (
            "Consentimiento antes de compartir con las autoridades"
        ),
        "Continued Presence expires (renew before)": (
            "La Presencia Continuada vence (renuévela antes)"
        ),
        # asylum
        "Persecution (serious harm, past or feared)": "Persecución (daño grave, pasado o temido)",
        "Protected ground (a cognizable particular social group, or another ground)": (
            "Motivo protegido (un grupo social determinado reconocible, u otro motivo)"
        ),
        "Nexus (the ground is at least one central reason)": (
            "Nexo (el motivo es al menos una razón central)"
        ),
        "Persecutor is the government, or a private actor the government is unable or "
        "unwilling to control": (
            "El perseguidor es el gobierno, o un actor privado que el gobierno no puede o no "
            "quiere controlar"
        ),
        "Well-founded fear (presumed after past persecution)": (
            "Temor fundado (se presume tras una persecución pasada)"
        ),
        "Internal relocation is not reasonable": "La reubicación interna no es razonable",
        "Government persecutor (relocation presumed unreasonable)": (
            "Perseguidor gubernamental (se presume que la reubicación no es razonable)"
        ),
        "Filed within one year of the last arrival, or an exception applies": (
            "Presentado dentro de un año desde la última llegada, o se aplica una excepción"
        ),
        "Unaccompanied child (exempt from the one-year rule)": (
            "Menor no acompañado (exento de la regla de un año)"
        ),
        "Changed circumstances": "Cambio de circunstancias",
        "Extraordinary circumstances (trauma or illness, captivity, ineffective counsel, "
        "maintained status)": (
            "Circunstancias extraordinarias (trauma o enfermedad, cautiverio, asistencia legal "
            "ineficaz, estatus mantenido)"
        ),
        "No bar applies": "No se aplica ninguna exclusión",
        "One-year deadline has passed — ask the exception questions": (
            "El plazo de un año ya pasó: haga las preguntas sobre excepciones"
        ),
        "Long delay after the exception ended": "Demora larga después de terminar la excepción",
        "PSG risk under Matter of K-E-S-G-": "Riesgo para el GSD según Matter of K-E-S-G-",
        "Prior statements differ from the current account": (
            "Las declaraciones anteriores difieren del relato actual"
        ),
        'Entry in the "Circumvention of Lawful Pathways" window': (
            'Entrada en el periodo de "Circumvention of Lawful Pathways"'
        ),
        "Entry after Proclamation 10888": "Entrada después de la Proclamación 10888",
        "USCIS asylum adjudication hold": "Suspensión de decisiones de asilo de USCIS",
        "Asylum one-year filing deadline (receipt, not postmark)": (
            "Plazo de un año para pedir asilo (cuenta la recepción, no el matasellos)"
        ),
        # vacatur
        "An arrest or conviction record that has not been cleared": (
            "Un antecedente de arresto o condena que no se ha borrado"
        ),
        "The offence resulted from having been trafficked (nexus)": (
            "El delito fue consecuencia de haber sido víctima de trata (nexo)"
        ),
        "The state's statute covers the offence": "La ley del estado cubre el delito",
        "The client was a victim of trafficking": "El cliente fue víctima de trata",
        "The state's vacatur law does not cover an offence": (
            "La ley de anulación del estado no cubre un delito"
        ),
        "Official documentation may create a presumption": (
            "La documentación oficial puede crear una presunción"
        ),
        "The order must recite its ground": "La orden debe indicar su fundamento",
        "Sealed is not undisclosable": "Sellado no significa que no haya que declararlo",
        "Due diligence and safety": "Diligencia debida y seguridad",
    }
)

ES.update(
    {
        "Earliest T adjustment (I-485) date, before absence adjustments": (
            "Fecha más temprana del ajuste T (I-485), antes de descontar ausencias"
        ),
        "No signed I-918 Supp B is on file. Request one from a certifying agency (police, "
        "prosecutor, judge, DOL, EEOC, CPS, HSI...). Check any state certification statute "
        "(VERIFY).": (
            "No hay un I-918 Supl. B firmado en el expediente. Pídalo a una agencia "
            "certificadora (policía, fiscalía, juez, DOL, EEOC, CPS, HSI...). Revise si hay una "
            "ley estatal de certificación (VERIFY)."
        ),
        "A signed I-918 Supp B will be more than 6 months old on the planned filing date. Ask "
        "the agency to re-sign before filing.": (
            "El I-918 Supl. B firmado tendrá más de 6 meses en la fecha prevista de "
            "presentación. Pida a la agencia que lo vuelva a firmar antes de presentar."
        ),
        "Inadmissibility grounds appear. Plan an I-192 under INA 212(d)(14) (public or "
        "national interest).": (
            "Hay causales de inadmisibilidad. Prepare un I-192 bajo INA 212(d)(14) (interés "
            "público o nacional)."
        ),
        "A parent, guardian or next friend may possess the information and provide the "
        "helpfulness for the client; record who.": (
            "Un padre, tutor o representante puede tener la información y prestar la ayuda en "
            "nombre del cliente; registre quién."
        ),
        "U-1 is capped at 10,000 a year and the backlog is many years; the bona fide "
        "determination (BFD) process matters most.": (
            "La U-1 tiene un límite de 10,000 al año y el retraso es de muchos años; lo que más "
            "importa es el proceso de determinación de buena fe (BFD)."
        ),
        "The client cannot apply. Counsel can ask the agency to request it; never present CP "
        "as a reward for cooperation. File T in parallel.": (
            "El cliente no puede solicitarla. El abogado puede pedir a la agencia que la "
            "solicite; nunca presente la PC como premio por cooperar. Presente la T en paralelo."
        ),
        "Record the client's informed written consent for each item shared; sharing may waive "
        "privilege over it.": (
            "Registre el consentimiento informado y por escrito del cliente para cada dato que "
            "se comparta; compartirlo puede hacer perder el privilegio sobre él."
        ),
        "The I-589 would be received more than one year after the last arrival. Explore "
        "changed or extraordinary circumstances (trafficking trauma and captivity fit) and "
        "file within a reasonable period; withholding and CAT have no deadline.": (
            "El I-589 se recibiría más de un año después de la última llegada. Explore un "
            "cambio de circunstancias o circunstancias extraordinarias (el trauma y el "
            "cautiverio de la trata encajan) y presente en un plazo razonable; la suspensión de "
            "deportación (withholding) y la CAT no tienen plazo."
        ),
        "More than about six months have passed since the circumstance ended; treat the "
        '"reasonable period" as high risk (VERIFY).': (
            "Han pasado más de unos seis meses desde que terminó la circunstancia; trate el "
            '"plazo razonable" como de alto riesgo (VERIFY).'
        ),
        "Sex-plus-nationality groups are overbroad under K-E-S-G- (2025). Offer alternatives "
        "(former trafficking victims; those who reported or testified; political opinion).": (
            "Los grupos de sexo más nacionalidad son demasiado amplios según K-E-S-G- (2025). "
            "Proponga alternativas (antiguas víctimas de trata; quienes denunciaron o "
            "testificaron; opinión política)."
        ),
        "Any inconsistency may be used on credibility. Review the prior-statements log and "
        "explain differences (fear, interpreter, trafficker's instructions).": (
            "Cualquier contradicción puede usarse contra la credibilidad. Revise el registro de "
            "declaraciones anteriores y explique las diferencias (miedo, intérprete, "
            "instrucciones del tratante)."
        ),
        "The last arrival falls between 2023-05-11 and 2025-05-11, so the 8 CFR 208.33 "
        "presumption may apply to an entry at the southern border. Being a victim of a severe "
        "form of trafficking is listed as an exceptionally compelling circumstance that rebuts "
        "it (VERIFY); document it.": (
            "La última llegada cae entre 2023-05-11 y 2025-05-11, así que la presunción de 8 CFR "
            "208.33 puede aplicarse a una entrada por la frontera sur. Ser víctima de una forma "
            "grave de trata figura como circunstancia excepcionalmente apremiante que la "
            "refuta (VERIFY); documéntelo."
        ),
        "An entry without inspection on or after 2025-01-20 may be affected by Proclamation "
        "10888 on southern-border entry; its litigation status must be checked (VERIFY).": (
            "Una entrada sin inspección el 2025-01-20 o después puede verse afectada por la "
            "Proclamación 10888 sobre la frontera sur; hay que revisar el estado de su litigio "
            "(VERIFY)."
        ),
        "A December 2025 USCIS memo paused affirmative asylum decisions. Explain the hold when "
        "choosing among T, U and asylum (VERIFY whether lifted).": (
            "Un memorando de USCIS de diciembre de 2025 suspendió las decisiones de asilo "
            "afirmativo. Explique la suspensión al elegir entre T, U y asilo (VERIFY si se "
            "levantó)."
        ),
        "A trafficking-related offence falls outside the state's statute (offence scope or age "
        "limit). Consider other routes (interest-of-justice motions, clemency) and the "
        "immigration waiver.": (
            "Un delito relacionado con la trata queda fuera de la ley del estado (alcance del "
            "delito o límite de edad). Considere otras vías (mociones en interés de la "
            "justicia, clemencia) y la dispensa migratoria."
        ),
        "Attach official documentation of victim status (e.g. NY CPL 440.10(1)(i)); it is not "
        "required.": (
            "Adjunte documentación oficial de la condición de víctima (p. ej., NY CPL "
            "440.10(1)(i)); no es obligatoria."
        ),
        "For immigration purposes a vacatur counts only if based on a legal defect; the "
        "proposed order must state the statutory ground expressly.": (
            "A efectos migratorios, una anulación solo cuenta si se basa en un defecto legal; "
            "la orden propuesta debe indicar expresamente el fundamento legal."
        ),
        "Sealing or expungement does not hide records from USCIS; arrests and convictions must "
        "still be disclosed on forms. Conduct-based grounds remain.": (
            "Sellar o borrar antecedentes no los oculta a USCIS; los arrestos y las condenas "
            "deben declararse igualmente en los formularios. Las causales basadas en la "
            "conducta se mantienen."
        ),
        "New York requires the motion be made with due diligence after the client ceased to "
        "be a victim or sought services, subject to reasonable safety concerns (VERIFY "
        "current wording).": (
            "Nueva York exige que la moción se presente con la debida diligencia después de que "
            "el cliente dejó de ser víctima o buscó servicios, sujeto a razones de seguridad "
            "razonables (VERIFY la redacción vigente)."
        ),
    }
)

# evidence lists, derivative and other-relief titles (context "Data")
ES.update(
    {
        "Signed personal statement in the client's own words (8 CFR 214.204(c))": (
            "Declaración personal firmada con las palabras del cliente (8 CFR 214.204(c))"
        ),
        "Police reports, court documents, LEA declaration (optional I-914 Supp B)": (
            "Informes policiales, documentos judiciales, declaración de las autoridades (I-914 "
            "Supl. B opcional)"
        ),
        "Affidavits from case managers, therapists, medical staff, witnesses or co-victims": (
            "Declaraciones juradas de gestores de casos, terapeutas, personal médico, testigos "
            "u otras víctimas"
        ),
        "Recruitment materials, messages from the trafficker, pay records, photographs": (
            "Material de captación, mensajes del tratante, registros de pago, fotografías"
        ),
        "I-94s, travel records and an entries/exits timeline": (
            "Formularios I-94, registros de viaje y una cronología de entradas y salidas"
        ),
        "Treatment records, LEA letters showing ongoing involvement": (
            "Registros de tratamiento, cartas de las autoridades que muestran su participación "
            "continua"
        ),
        "Police report(s) and LEA correspondence; optional I-914 Supp B": (
            "Informe(s) policial(es) y correspondencia con las autoridades; I-914 Supl. B opcional"
        ),
        "Declaration describing each request and the client's response": (
            "Declaración que describe cada solicitud y la respuesta del cliente"
        ),
        "Proof of age (birth certificate with certified translation) for the minor exemption": (
            "Prueba de edad (acta de nacimiento con traducción certificada) para la exención "
            "por minoría de edad"
        ),
        "Letters from a therapist, medical provider or case manager for the trauma exception": (
            "Cartas de un terapeuta, proveedor médico o gestor de casos para la excepción por "
            "trauma"
        ),
        "Country-conditions reports": "Informes sobre las condiciones del país",
        "Medical and psychological records": "Registros médicos y psicológicos",
        "Evidence of threats; civil-remedy documentation": (
            "Pruebas de amenazas; documentación de acciones civiles"
        ),
        "Facts about the coercion of the client; attorney analysis": (
            "Hechos sobre la coacción sufrida por el cliente; análisis del abogado"
        ),
        "Certificates of disposition and criminal records": (
            "Certificados de resolución y antecedentes penales"
        ),
        "Waiver declaration explaining how the conduct was caused by or incident to the "
        "trafficking": (
            "Declaración para la dispensa que explica cómo la conducta fue causada por la trata "
            "o ligada a ella"
        ),
        "Spouse": "Cónyuge",
        "Child (unmarried, under 21)": "Hijo o hija (soltero, menor de 21)",
        "Parent (principal under 21, or present danger of retaliation)": (
            "Padre o madre (solicitante principal menor de 21, o peligro actual de represalias)"
        ),
        "Unmarried sibling under 18 (principal under 21, or present danger of retaliation)": (
            "Hermano o hermana soltero menor de 18 (solicitante principal menor de 21, o "
            "peligro actual de represalias)"
        ),
        "Adult or minor child of a derivative, facing present danger of retaliation": (
            "Hijo adulto o menor de un derivado, en peligro actual de represalias"
        ),
        "U nonimmigrant status": "Estatus de no inmigrante U",
        "Survivors who cooperated often qualify for both; U is the usual fallback when "
        "physical presence or hardship fails.": (
            "Las sobrevivientes que cooperaron a menudo califican para ambas; la U es la "
            "alternativa habitual cuando fallan la presencia física o las dificultades extremas."
        ),
        "Continued Presence (requested by law enforcement)": (
            "Presencia Continuada (la solicitan las autoridades)"
        ),
        "A law-enforcement agency is involved; CP is a bridge and strong evidence for T-E1 and "
        "T-E3.": (
            "Interviene una agencia de las autoridades; la PC es un puente y una prueba sólida "
            "para T-E1 y T-E3."
        ),
        "Vacatur of trafficking-related convictions": (
            "Anulación de condenas relacionadas con la trata"
        ),
        "A conviction appears to result from the trafficking.": (
            "Una condena parece ser consecuencia de la trata."
        ),
        "Asylum (particular social group), withholding and CAT": (
            "Asilo (grupo social determinado), suspensión de deportación (withholding) y CAT"
        ),
        "The client fears harm on return; asylum may also protect a spouse and children under "
        "21.": (
            "El cliente teme sufrir daño al regresar; el asilo también puede proteger al "
            "cónyuge y a los hijos menores de 21."
        ),
        "Personal statement": "Declaración personal",
        "Medical and psychological records; photographs; protection orders": (
            "Registros médicos y psicológicos; fotografías; órdenes de protección"
        ),
        "I-918 Supp B; personal statement": "I-918 Supl. B; declaración personal",
        "I-918 Supp B (required)": "I-918 Supl. B (obligatorio)",
        "LEA correspondence": "Correspondencia con las autoridades",
        "Signed I-918 Supp B from a certifying official (agency head, designated supervisor, "
        "or judge)": (
            "I-918 Supl. B firmado por un funcionario certificador (jefe de la agencia, "
            "supervisor designado o juez)"
        ),
        "Crime location and statute; police report": (
            "Lugar del delito y ley aplicable; informe policial"
        ),
        "Records; waiver declaration": "Registros; declaración para la dispensa",
        "Parent (principal under 21)": "Padre o madre (solicitante principal menor de 21)",
        "Unmarried sibling under 18 (principal under 21)": (
            "Hermano o hermana soltero menor de 18 (solicitante principal menor de 21)"
        ),
        "T nonimmigrant status": "Estatus de no inmigrante T",
        "The facts suggest a severe form of trafficking; T has no certification requirement "
        "and no 6-month clock.": (
            "Los hechos sugieren una forma grave de trata; la T no exige certificación ni tiene "
            "plazo de 6 meses."
        ),
        "Summary of facts mapped to ACTION, MEANS and PURPOSE; evidence index": (
            "Resumen de los hechos según ACCIÓN, MEDIOS y FIN; índice de pruebas"
        ),
        "LEA letter or case number; civil complaint if a 1595 action was filed": (
            "Carta de las autoridades o número de caso; demanda civil si se presentó una acción "
            "bajo 1595"
        ),
        "Attorney's CP request package to the case agent or AUSA": (
            "Paquete de solicitud de PC del abogado al agente del caso o al AUSA"
        ),
        "CP leads nowhere permanent; it is a bridge. File T in parallel.": (
            "La PC no lleva a un estatus permanente; es un puente. Presente la T en paralelo."
        ),
        "Declaration; medical records; threats received; country-conditions reports": (
            "Declaración; registros médicos; amenazas recibidas; informes sobre las condiciones "
            "del país"
        ),
        "PSG formulation (versioned; exact wording before the IJ); evidence of social "
        "distinction": (
            "Formulación del GSD (con versiones; redacción exacta ante el juez); pruebas de la "
            "distinción social"
        ),
        "Evidence the characteristic was a central reason (retaliation after escape or "
        "testimony, targeting)": (
            "Pruebas de que la característica fue una razón central (represalias tras la huida "
            "o el testimonio, persecución selectiva)"
        ),
        "Country-conditions evidence on corruption and police complicity": (
            "Pruebas sobre las condiciones del país: corrupción y complicidad policial"
        ),
        "Proof of last arrival (clear and convincing); evidence of the exception and when it "
        "ended": (
            "Prueba de la última llegada (clara y convincente); pruebas de la excepción y de "
            "cuándo terminó"
        ),
        "Spouse in the U.S. (derivative on the I-589)": (
            "Cónyuge en EE. UU. (derivado en el I-589)"
        ),
        "Unmarried child under 21 (age protected at filing)": (
            "Hijo o hija soltero menor de 21 (edad protegida al presentar)"
        ),
        "Withholding of removal (INA 241(b)(3)) and CAT": (
            "Suspensión de deportación (withholding, INA 241(b)(3)) y CAT"
        ),
        "No one-year deadline; more-likely-than-not standard; no derivatives. CAT deferral has "
        "no bars.": (
            "Sin plazo de un año; estándar de 'más probable que no'; sin derivados. El "
            "aplazamiento bajo la CAT no tiene exclusiones."
        ),
        "The facts suggest a severe form of trafficking.": (
            "Los hechos sugieren una forma grave de trata."
        ),
        "Certificate of disposition for each docket; state rap sheet; FBI Identity History "
        "Summary": (
            "Certificado de resolución de cada expediente; antecedentes penales del estado; "
            "resumen de historial de identidad del FBI"
        ),
        "Movant's sworn account of how each offence resulted from the trafficking, consistent "
        "with prior statements": (
            "Relato jurado de quien presenta la moción sobre cómo cada delito fue consecuencia "
            "de la trata, coherente con las declaraciones anteriores"
        ),
        "Official documentation (T approval, CP, HHS letter, LEA letter) where it creates a "
        "presumption": (
            "Documentación oficial (aprobación de la T, PC, carta del HHS, carta de las "
            "autoridades) cuando crea una presunción"
        ),
        "Statute text and memorandum of law": "Texto de la ley y memorando jurídico",
        "T approval is official documentation that may support the vacatur motion.": (
            "La aprobación de la T es documentación oficial que puede respaldar la moción de "
            "anulación."
        ),
    }
)

# issue 14/16/18 merge: the "Map a form" review screen, profile merge, new rule texts
ES.update(
    {
        # map a form (desktop/map_review.py)
        "Map a form…": "Mapear un formulario…",
        "Propose a field map for an official PDF (e.g. a new edition) and review it": (
            "Propone un mapa de campos para un PDF oficial (p. ej., una edición nueva) y permite "
            "revisarlo"
        ),
        "Review the proposed field map — %1": "Revisar el mapa de campos propuesto — %1",
        "Item": "Punto",
        "Tooltip": "Texto de ayuda",
        "Proposed": "Propuesto",
        "Confidence": "Confianza",
        "Part %1": "Parte %1",
        "Accept": "Aceptar",
        "value this box stands for (check boxes)": (
            "valor que representa esta casilla (casillas de verificación)"
        ),
        "Change to this fact": "Cambiar a este dato",
        "why this field stays blank": "por qué este campo queda en blanco",
        "Blank by design": "En blanco a propósito",
        "Tooltip:": "Texto de ayuda:",
        "Proposed:": "Propuesto:",
        "Confidence:": "Confianza:",
        "Field:": "Campo:",
        "Accept all high-confidence proposals": "Aceptar todas las propuestas de alta confianza",
        "Reviewed by (name)": "Revisado por (nombre)",
        "Save reviewed map": "Guardar el mapa revisado",
        "Export…": "Exportar…",
        "Nothing proposed here is used for filling until you review every field and save the "
        "map. Check each proposal against the page.": (
            "Nada de lo propuesto aquí se usa para llenar formularios hasta que usted revise "
            "todos los campos y guarde el mapa. Compare cada propuesta con la página."
        ),
        "(no tooltip)": "(sin texto de ayuda)",
        "The page cannot be shown: %1": "No se puede mostrar la página: %1",
        "%1 of %2 fields reviewed": "%1 de %2 campos revisados",
        "The reviewed map was saved as %1.": "El mapa revisado se guardó como %1.",
        "Map saved": "Mapa guardado",
        "Export the reviewed map": "Exportar el mapa revisado",
        "Field maps (*.yaml)": "Mapas de campos (*.yaml)",
        "Choose an official PDF from uscis.gov": "Elija un PDF oficial de uscis.gov",
        "Reading the form's fields…": "Leyendo los campos del formulario…",
        "to review": "por revisar",
        "accepted": "aceptado",
        "changed": "cambiado",
        "blank by design": "en blanco a propósito",
        # profile saved elsewhere; backups folder
        "Changed elsewhere": "Modificado en otro lugar",
        "Merge keeps your edits and the other changes (where both changed the same field, "
        "yours wins). Reload shows the other version and drops your unsaved edits.": (
            "Combinar conserva sus cambios y los otros cambios (si ambos cambiaron el mismo "
            "campo, prevalece el suyo). Recargar muestra la otra versión y descarta sus cambios "
            "sin guardar."
        ),
        "&Merge my edits": "&Combinar mis cambios",
        "&Reload": "&Recargar",
        "Decide &later": "Decidir &después",
        "The backups folder cannot be read: {reason}": (
            "No se puede leer la carpeta de copias de seguridad: {reason}"
        ),
        # field labels (family members, derivatives)
        "Us citizen": "Ciudadano de EE. UU.",
        "Is perpetrator": "Es responsable de los hechos",
        "Relationship since": "Relación desde",
        "Derivative parent": "Padre o madre derivado",
        # T visa
        "Inadmissibility grounds appear, all connected to the victimisation and none serious "
        "or security-related; an I-192 waiver under INA 212(d)(13) or 212(d)(3) may be "
        "requested": (
            "Hay causales de inadmisibilidad, todas ligadas a la victimización y ninguna grave "
            "ni de seguridad; se puede pedir una dispensa I-192 bajo INA 212(d)(13) o 212(d)(3)"
        ),
        "Waiver not assured": "Dispensa no asegurada",
        "A serious criminal ground, a security ground, or conduct not shown to be caused by or "
        "incident to the trafficking appears. INA 212(d)(13) is discretionary and excludes "
        "212(a)(3); the waiver element stays with the attorney.": (
            "Aparece una causal penal grave, una causal de seguridad o una conducta que no se "
            "ha demostrado causada por la trata o ligada a ella. INA 212(d)(13) es discrecional "
            "y excluye 212(a)(3); el elemento de la dispensa queda a criterio del abogado."
        ),
        "The client reports that trauma makes talking with law enforcement very hard. The "
        "exception needs inability to cooperate (INA 101(a)(15)(T)(i)(III)(bb)); arrange a "
        "professional evaluation; the app does not diagnose.": (
            "El cliente indica que el trauma le hace muy difícil hablar con las autoridades. La "
            "excepción exige que no pueda cooperar (INA 101(a)(15)(T)(i)(III)(bb)); organice "
            "una evaluación profesional; la aplicación no diagnostica."
        ),
        'A departure after the trafficking breaks "on account of" presence unless a '
        "214.207(b) exception explains the return. Record which one applies.": (
            'Una salida después de la trata rompe la presencia "a causa de" la trata, salvo que '
            "una excepción de 214.207(b) explique el regreso. Registre cuál se aplica."
        ),
        "Report to police abroad only": "Denuncia solo ante la policía de otro país",
        "Only U.S. federal, state, local or tribal law enforcement counts for T-E3; a report "
        "to police in another country does not show compliance.": (
            "Para T-E3 solo cuentan las autoridades federales, estatales, locales o tribales de "
            "EE. UU.; una denuncia ante la policía de otro país no demuestra el cumplimiento."
        ),
        "Police reports, court documents, LEA declaration (optional I-914 Supp B, signed by a "
        "supervising official; 8 CFR 214.204(e), VERIFY pinpoint)": (
            "Informes policiales, documentos judiciales, declaración de las autoridades (I-914 "
            "Supl. B opcional, firmado por un funcionario supervisor; 8 CFR 214.204(e), VERIFY "
            "la cita exacta)"
        ),
        # deadlines (T and U derivatives, court, status)
        "Next immigration court hearing": "Próxima audiencia en el tribunal de inmigración",
        "Filing date set by the immigration court": (
            "Fecha de presentación fijada por el tribunal de inmigración"
        ),
        "Current status or authorized stay expires": (
            "Vence el estatus actual o la estancia autorizada"
        ),
        "Last day to file the I-914 while this child is under 21 (T-3)": (
            "Último día para presentar el I-914 mientras este hijo o hija sea menor de 21 (T-3)"
        ),
        "Last day to file the I-914 while the principal is under 21 (parents T-4, siblings T-5)": (
            "Último día para presentar el I-914 mientras el solicitante principal sea menor de "
            "21 (padres T-4, hermanos T-5)"
        ),
        "Last day to file the I-918 while this child is under 21 (U-3)": (
            "Último día para presentar el I-918 mientras este hijo o hija sea menor de 21 (U-3)"
        ),
        "Last day to file the I-918 while the principal is under 21 (parents U-4, siblings U-5)": (
            "Último día para presentar el I-918 mientras el solicitante principal sea menor de "
            "21 (padres U-4, hermanos U-5)"
        ),
        # Continued Presence
        "A state or local agency needs a federal partner": (
            "Una agencia estatal o local necesita un socio federal"
        ),
        "Only a federal law-enforcement official can request Continued Presence (22 USC "
        "7105(c)(3)). The state or local agency willing to help must work through a federal "
        "partner (HSI, FBI, a US Attorney's office).": (
            "Solo un funcionario federal de las autoridades puede solicitar la Presencia "
            "Continuada (22 USC 7105(c)(3)). La agencia estatal o local dispuesta a ayudar debe "
            "actuar a través de un socio federal (HSI, FBI, la oficina de un US Attorney)."
        ),
        # asylum
        "Past persecution (relocation presumed unreasonable unless DHS shows otherwise)": (
            "Persecución pasada (se presume que la reubicación no es razonable salvo que el DHS "
            "demuestre lo contrario)"
        ),
        "Changed circumstances, filed within a reasonable period": (
            "Cambio de circunstancias, con presentación en un plazo razonable"
        ),
        "Extraordinary circumstances (trauma or illness, captivity, ineffective counsel, "
        "maintained status), filed within a reasonable period after they ended": (
            "Circunstancias extraordinarias (trauma o enfermedad, cautiverio, asistencia legal "
            "ineficaz, estatus mantenido), con presentación en un plazo razonable después de "
            "que terminaron"
        ),
        "Reporting or testifying alone is not nexus": (
            "Denunciar o testificar no basta por sí solo para el nexo"
        ),
        "The client links the harm only to having reported or testified. That does not by "
        "itself establish nexus; show the persecutor's motive tied to a protected ground (for "
        "example membership in a cognizable group of former victims or witnesses, with "
        "evidence of social distinction in the circuit).": (
            "El cliente relaciona el daño solo con haber denunciado o testificado. Eso no "
            "establece por sí solo el nexo; demuestre que el motivo del perseguidor está ligado "
            "a un motivo protegido (por ejemplo, la pertenencia a un grupo reconocible de "
            "antiguas víctimas o testigos, con pruebas de la distinción social en el circuito)."
        ),
        "Lawful-pathways presumption rebutted by trafficking": (
            'Presunción de "Lawful Pathways" refutada por la trata'
        ),
        "The facts suggest a severe form of trafficking, an exceptionally compelling "
        "circumstance that rebuts the 8 CFR 208.33 presumption. Document it.": (
            "Los hechos sugieren una forma grave de trata, una circunstancia excepcionalmente "
            "apremiante que refuta la presunción de 8 CFR 208.33. Documéntelo."
        ),
        "Asylum one-year filing deadline (next business day if it falls on a weekend or holiday)": (
            "Plazo de un año para pedir asilo (el siguiente día hábil si cae en fin de semana o "
            "feriado)"
        ),
        # vacatur
        "A disposed arrest or conviction record that has not been cleared": (
            "Un antecedente de arresto o condena ya resuelto que no se ha borrado"
        ),
        "The state's statute vacates this record (remedy type, record reached, offence covered)": (
            "La ley del estado anula este antecedente (tipo de remedio, antecedente alcanzado, "
            "delito cubierto)"
        ),
        "A charge is still pending": "Hay un cargo todavía pendiente",
        "A pending charge cannot be vacated. Raise the trafficking defence where the state has "
        "one (e.g. Cal. Penal Code 236.23) and coordinate with criminal defence counsel.": (
            "Un cargo pendiente no se puede anular. Plantee la defensa por trata donde el estado "
            "la tenga (p. ej., Cal. Penal Code 236.23) y coordine con el abogado defensor penal."
        ),
        "Sealing, expunction or an order of nondisclosure under the state's statute": (
            "Sellado, eliminación de antecedentes u orden de no divulgación según la ley del estado"
        ),
        "The state offers only sealing or nondisclosure for this record (e.g. Tex. Gov't Code "
        "411.0728); it hides the record but does not vacate it, and USCIS still sees it.": (
            "El estado solo ofrece el sellado o la no divulgación para este antecedente (p. ej., "
            "Tex. Gov't Code 411.0728); oculta el antecedente pero no lo anula, y USCIS lo sigue "
            "viendo."
        ),
    }
)

ES.update(
    {
        # branch lead: the deadlines view (desktop/deadlines_view.py)
        "Every client's upcoming deadlines, soonest first (Ctrl+D)": (
            "Los próximos plazos de todos los clientes, primero los más cercanos (Ctrl+D)"
        ),
        "&Within:": "&Dentro de:",
        "{n} days": "{n} días",
        "Any date": "Cualquier fecha",
        "&Refresh": "&Actualizar",
        "Every client's dated deadlines from the screening rules, soonest first; passed "
        "ones stay listed. Screening aid for attorney review: confirm each date against "
        "the record. Double-click a row to open the client.": (
            "Los plazos con fecha de todos los clientes según las reglas de evaluación, primero "
            "los más cercanos; los vencidos siguen en la lista. Ayuda de evaluación para revisión "
            "del abogado: confirme cada fecha con el expediente. Haga doble clic en una fila para "
            "abrir el cliente."
        ),
        "No dated deadlines in this window.": "No hay plazos con fecha en este periodo.",
        "Due": "Vence",
        "When": "Cuándo",
        "Client": "Cliente",
        "Deadline": "Plazo",
        "Relief": "Beneficio",
        "VERIFY": "VERIFICAR",
        "Collecting deadlines…": "Reuniendo los plazos…",
        "today": "hoy",
        "tomorrow": "mañana",
        "yesterday": "ayer",
        "{n} days ago": "hace {n} días",
        "in {n} days": "dentro de {n} días",
        # h18: a deadline's distance on the assessment (desktop/assessment_view.py _when)
        "({n} days left)": "(quedan {n} días)",
        "(passed {n} days ago)": "(venció hace {n} días)",
        "may qualify": "podría calificar",
        "not known yet": "aún no se sabe",
        # branch lead: words for the profile's fixed choices (desktop/profile_logic.py)
        "Exact day": "Día exacto",
        "Month and year only": "Solo mes y año",
        "Year only": "Solo el año",
        "Female": "Femenino",
        "Male": "Masculino",
        "Another gender (X)": "Otro género (X)",
        "Single": "Soltero/a",
        "Married": "Casado/a",
        "Divorced": "Divorciado/a",
        "Widowed": "Viudo/a",
        "Separated": "Separado/a",
        "Annulled": "Matrimonio anulado",
        "Some": "Algo",
        "Fluent": "Con fluidez",
        "Physical address": "Dirección física",
        "Mailing address": "Dirección postal",
        "Safe mailing address": "Dirección postal segura",
        "Address abroad": "Dirección en el extranjero",
        "Last address abroad": "Última dirección en el extranjero",
        "Child": "Hijo/a",
        "Stepchild": "Hijastro/a",
        "Parent": "Padre o madre",
        "Sibling": "Hermano/a",
        "Child of a family member (T-6)": "Hijo/a de un familiar (T-6)",
        "Entry": "Entrada",
        "Exit": "Salida",
        "Sex trafficking": "Trata con fines sexuales",
        "Labor trafficking": "Trata laboral",
        "Both sex and labor trafficking": "Trata sexual y laboral",
        "Another crime": "Otro delito",
        "Federal": "Federal",
        "Local": "Local",
        "Tribal": "Tribal",
        "Foreign (police outside the U.S.)": "Extranjera (policía fuera de EE. UU.)",
        "Complied": "Cooperó",
        "Declined": "Se negó",
        "Partially complied": "Cooperó en parte",
        "Pending": "Pendiente",
        "Not requested": "No solicitado",
        "Requested": "Solicitado",
        "Signed": "Firmado",
        "Refused": "Rechazado",
        "Asked the agency": "Se pidió a la agencia",
        "Submitted": "Presentado",
        "Granted": "Concedido",
        "Denied": "Denegado",
        "Convicted": "Condenado/a",
        "Adjudicated": "Adjudicado (menor)",
        "Dismissed": "Desestimado",
        "Acquitted": "Absuelto/a",
        "Vacated": "Anulado",
        "Sealed": "Sellado",
        "Not needed": "No hace falta",
        "Needed": "Hace falta",
        "Translated": "Traducido",
        "Certified": "Certificado",
        "Selected row": "Fila seleccionada",
        "<i>Italic</i> labels mark sensitive details (never printed outside the filings)": (
            "Las etiquetas en <i>cursiva</i> marcan datos sensibles (nunca se imprimen fuera de "
            "las solicitudes)"
        ),
        "Select a row above to see and edit all of it, or press Add.": (
            "Seleccione una fila arriba para ver y editar todos sus datos, o pulse Añadir."
        ),
        # branch lead: interview counts and list rows (desktop/interview_view.py)
        "Add this &row": "Añadir esta &fila",
        "Ask the set-aside questions &now": "Hacer &ahora las preguntas apartadas",
        "Go back to the questions that were skipped or kept for later": (
            "Volver a las preguntas que se saltaron o se dejaron para más tarde"
        ),
        "This is a list (for example several arrests or family members). Fill in "
        "a row and press Add this row, once per item; then press Answer.": (
            "Es una lista (por ejemplo, varios arrestos o familiares). Complete una fila y "
            "pulse Añadir esta fila, una vez por cada elemento; después pulse Responder."
        ),
        "%v of %m elements · about {n} questions left": (
            "%v de %m elementos · quedan unas {n} preguntas"
        ),
        "Elements decided so far; about {n} questions of this relief are left "
        "(an answer can open or close others)": (
            "Elementos decididos hasta ahora; quedan unas {n} preguntas de este beneficio "
            "(una respuesta puede abrir o cerrar otras)"
        ),
        "Question {x} of about {y}": "Pregunta {x} de unas {y}",
        "{x} questions handled": "{x} preguntas tratadas",
        "{n} skipped": "saltadas: {n}",
        "{n} for later": "para más tarde: {n}",
        "Fill in at least one box of the row before adding it.": (
            "Complete al menos una casilla de la fila antes de añadirla."
        ),
        # branch lead: the packet preview (desktop/pdf_preview.py)
        "&Page": "&Página",
        "Previous page": "Página anterior",
        "Next page": "Página siguiente",
        "Zoom out (Ctrl+minus)": "Alejar (Ctrl+menos)",
        "Zoom in (Ctrl+plus)": "Acercar (Ctrl+más)",
        "No packet yet. Press Generate packet to build it; its pages appear here, "
        "with thumbnails, page navigation and zoom.": (
            "Todavía no hay paquete. Pulse Generar paquete para crearlo; sus páginas "
            "aparecerán aquí, con miniaturas, navegación por páginas y zoom."
        ),
        "Page {n}": "Página {n}",
        "of {n}": "de {n}",
    }
)

# The profile editor (context "Field"): what desktop/profile_logic.py editor_texts() lists.
ES.update(
    {
        # interview-answer labels: the fact catalogue's descriptions
        "The client was physically hurt (injuries, pain, illness) because of the crime": (
            "El cliente sufrió daño físico (lesiones, dolor, enfermedad) a causa del delito"
        ),
        "The crime still affects the client's mind or emotions (fear, sleep, memory, mood)": (
            "El delito todavía afecta la mente o las emociones del cliente (miedo, sueño, memoria, "
            "estado de ánimo)"
        ),
        "The harm happened many times or over a long period": (
            "El daño ocurrió muchas veces o durante un periodo largo"
        ),
        "Lasting or serious harm to appearance, health, or physical or mental soundness, "
        "including aggravation of an earlier condition": (
            "Daño duradero o grave a la apariencia, la salud o la integridad física o mental, "
            "incluido el agravamiento de una condición anterior"
        ),
        "A crime that happened abroad violates a U.S. law with reach outside the U.S. (e.g. 18 "
        "USC 1596); attorney judgement": (
            "Un delito ocurrido en el extranjero viola una ley de EE. UU. que se aplica fuera del "
            "país (p. ej., 18 USC 1596); criterio del abogado"
        ),
        "The client was paid less than promised or nothing, or money was kept back or deducted "
        "from their pay (unfair labour practices indicator)": (
            "Al cliente le pagaron menos de lo prometido o nada, o le retuvieron o descontaron "
            "dinero de su pago (indicador de prácticas laborales injustas)"
        ),
        "The client was kept from contacting family or friends when they wanted (isolation "
        "indicator)": (
            "Se impidió al cliente comunicarse con su familia o amistades cuando quería (indicador "
            "de aislamiento)"
        ),
        "Someone else kept the client's phone, or the client was not allowed to have one "
        "(isolation indicator)": (
            "Otra persona tenía el teléfono del cliente, o no se le permitía tener uno (indicador "
            "de aislamiento)"
        ),
        "The client could talk only to certain people, or only while watched or overheard "
        "(isolation indicator)": (
            "El cliente solo podía hablar con ciertas personas, o solo mientras lo vigilaban o "
            "escuchaban (indicador de aislamiento)"
        ),
        "The client had to live where they were made to work or serve, or where the person who "
        "controlled them chose (living conditions indicator)": (
            "El cliente tenía que vivir donde lo obligaban a trabajar o servir, o donde decidía la "
            "persona que lo controlaba (indicador de condiciones de vida)"
        ),
        "The client had to be available for very long hours or at any time of day or night "
        "(working conditions indicator)": (
            "El cliente tenía que estar disponible durante jornadas muy largas o a cualquier hora "
            "del día o de la noche (indicador de condiciones de trabajo)"
        ),
        "The client went without enough food, or was kept from sleeping or resting (living "
        "conditions indicator)": (
            "El cliente pasó sin comida suficiente, o no le dejaban dormir o descansar (indicador "
            "de condiciones de vida)"
        ),
        "When sick or hurt, the client was kept from seeing a doctor or getting medicine "
        "(physical harm / conditions indicator)": (
            "Cuando estaba enfermo o herido, no dejaban al cliente ver a un médico ni conseguir "
            "medicinas (indicador de daño físico / condiciones)"
        ),
        "Someone recruited, moved, housed or handed the client over for work or sex (ACTION)": (
            "Alguien reclutó, trasladó, alojó o entregó al cliente para trabajo o sexo (ACCIÓN)"
        ),
        "Someone got the client to perform a sex act for which anything of value was given to or"
        " received by anyone (PURPOSE, 22 USC 7102(4))": (
            "Alguien hizo que el cliente realizara un acto sexual por el que alguien dio o recibió "
            "algo de valor (FINALIDAD, 22 USC 7102(4))"
        ),
        "The client had to work or serve and could not refuse or stop without serious harm, "
        "restraint, or a debt being held over them (PURPOSE, involuntary servitude / peonage / "
        "debt bondage)": (
            "El cliente tenía que trabajar o servir y no podía negarse ni dejarlo sin sufrir daño "
            "grave, restricción o que le cobraran una deuda (FINALIDAD, servidumbre involuntaria / "
            "peonaje / servidumbre por deudas)"
        ),
        "Someone hit, hurt, sexually assaulted or physically held the client (MEANS, force)": (
            "Alguien golpeó, lastimó, agredió sexualmente o sujetó físicamente al cliente (MEDIOS, "
            "fuerza)"
        ),
        "The work, pay or living conditions were different from what was promised (MEANS, fraud)": (
            "El trabajo, el pago o las condiciones de vida eran distintos de lo prometido (MEDIOS, "
            "fraude)"
        ),
        "Someone threatened serious harm to the client or anyone else, including family abroad "
        "(MEANS, coercion 7102(3)(A))": (
            "Alguien amenazó con causar daño grave al cliente o a otra persona, incluida su familia"
            " en el extranjero (MEDIOS, coacción 7102(3)(A))"
        ),
        "The client was locked in, watched, or not allowed to go out alone (MEANS, physical "
        "restraint)": (
            "Al cliente lo encerraban, lo vigilaban o no le permitían salir solo (MEDIOS, "
            "restricción física)"
        ),
        "The client was made to believe that refusing would lead to serious harm or restraint to"
        " someone (MEANS, coercion 7102(3)(B))": (
            "Hicieron creer al cliente que negarse causaría daño grave o restricción a alguien "
            "(MEDIOS, coacción 7102(3)(B))"
        ),
        "Someone said police, immigration or courts would arrest, jail or deport the client "
        "(MEANS, abuse of legal process 7102(1), 7102(3)(C))": (
            "Alguien dijo que la policía, inmigración o los tribunales arrestarían, encarcelarían o"
            " deportarían al cliente (MEDIOS, abuso del proceso legal 7102(1), 7102(3)(C))"
        ),
        "The client owed money to the people who brought or employed them (an indicator, not by "
        "itself force, fraud or coercion)": (
            "El cliente debía dinero a quienes lo trajeron o lo empleaban (un indicador; por sí "
            "solo no es fuerza, fraude ni coacción)"
        ),
        "The debt grew or its terms changed while the client worked (debt bondage indicator)": (
            "La deuda creció o sus condiciones cambiaron mientras el cliente trabajaba (indicador "
            "de servidumbre por deudas)"
        ),
        "Someone else kept the client's passport, ID or birth certificate (indicator; 18 USC "
        "1592 conduct)": (
            "Otra persona tenía el pasaporte, la identificación o el acta de nacimiento del cliente"
            " (indicador; conducta del 18 USC 1592)"
        ),
        "The client was ever made to recruit, watch, collect money from or control other people "
        "(T-E5 bar screen; attorney review)": (
            "Alguna vez obligaron al cliente a reclutar, vigilar, cobrar dinero a otras personas o "
            "controlarlas (revisión del impedimento T-E5; revisión del abogado)"
        ),
        "The client did that only because they were forced or threatened": (
            "El cliente lo hizo solo porque lo obligaron o lo amenazaron"
        ),
        "The client themself recruited, moved, housed or obtained another person by force, fraud"
        " or coercion, or a child for commercial sex (an act of a severe form of trafficking). "
        "Being made to watch others or collect money is not that in itself (8 CFR 214.202(e))": (
            "El propio cliente reclutó, trasladó, alojó u obtuvo a otra persona mediante fuerza, "
            "fraude o coacción, o a un menor para sexo comercial (un acto de una forma grave de "
            "trata). Que lo obligaran a vigilar a otros o a cobrar dinero no es eso en sí mismo (8 "
            "CFR 214.202(e))"
        ),
        "The client (or someone for them) told police or another law-enforcement agency what "
        "happened": (
            "El cliente (u otra persona en su nombre) contó lo ocurrido a la policía o a otra "
            "agencia del orden público"
        ),
        "Law enforcement asked the client to do something (interview, identify someone, testify)": (
            "Las autoridades del orden público pidieron algo al cliente (una entrevista, "
            "identificar a alguien, testificar)"
        ),
        "The client said no to something law enforcement asked": (
            "El cliente dijo que no a algo que pidieron las autoridades del orden público"
        ),
        "In the client's words, why they said no (safety, fear, trauma, the request was too "
        "much)": (
            "En palabras del cliente, por qué dijo que no (seguridad, miedo, trauma, la petición "
            "era demasiado)"
        ),
        "Physical or psychological effects of what happened made it impossible for the client to"
        " help law enforcement (non-diagnostic; T-E3b)": (
            "Los efectos físicos o psicológicos de lo ocurrido hicieron imposible que el cliente "
            "ayudara a las autoridades (no es un diagnóstico; T-E3b)"
        ),
        "The client knows details about the crime (who, what, where, when) they could share "
        "(U-E2)": (
            "El cliente conoce detalles del delito (quién, qué, dónde, cuándo) que podría compartir"
            " (U-E2)"
        ),
        "The client is willing to answer reasonable law-enforcement requests in future (informed"
        " choice; U-E3)": (
            "El cliente está dispuesto a responder en el futuro a peticiones razonables de las "
            "autoridades (decisión informada; U-E3)"
        ),
        "An agency told the client or counsel that the client may be a witness in an "
        "investigation or prosecution (CP)": (
            "Una agencia dijo al cliente o a su abogado que el cliente puede ser testigo en una "
            "investigación o un proceso penal (Presencia Continuada)"
        ),
        "The client has filed a civil action under 18 USC 1595 against the traffickers (CP)": (
            "El cliente presentó una demanda civil bajo el 18 USC 1595 contra los tratantes "
            "(Presencia Continuada)"
        ),
        "Because of physical or psychological trauma the client is unable (not only finds it "
        "hard) to cooperate with a reasonable law-enforcement request (INA "
        "101(a)(15)(T)(i)(III)(bb); 8 CFR 214.202(c)(2)); attorney judgement with professional "
        "evidence": (
            "Por un trauma físico o psicológico, el cliente no puede (no solo le resulta difícil) "
            "cooperar con una petición razonable de las autoridades (INA 101(a)(15)(T)(i)(III)(bb);"
            " 8 CFR 214.202(c)(2)); criterio del abogado con pruebas de un profesional"
        ),
        "The report or cooperation was with a U.S. federal, state, local or tribal law-"
        "enforcement agency (a report to police abroad does not count for T-E3 or U helpfulness)": (
            "La denuncia o la cooperación fue con una agencia del orden público federal, estatal, "
            "local o tribal de EE. UU. (una denuncia a la policía en el extranjero no cuenta para "
            "T-E3 ni para la utilidad de la visa U)"
        ),
        "A federal, state or local agency document shows victim status (T approval, CP, HHS "
        "letter, LEA letter); may create a presumption": (
            "Un documento de una agencia federal, estatal o local muestra la condición de víctima "
            "(aprobación de la visa T, Presencia Continuada, carta de HHS, carta de una agencia del"
            " orden público); puede crear una presunción"
        ),
        "Safety concerns for the client, family or other victims delayed seeking relief (due "
        "diligence)": (
            "Preocupaciones por la seguridad del cliente, su familia u otras víctimas retrasaron la"
            " solicitud de un beneficio (diligencia debida)"
        ),
        "When the client stopped being a victim or first sought services (due-diligence clock)": (
            "Cuándo el cliente dejó de ser víctima o buscó servicios por primera vez (plazo de "
            "diligencia debida)"
        ),
        "After advice, the client wants counsel to seek record relief": (
            "Después de recibir asesoría, el cliente quiere que su abogado pida el alivio de "
            "antecedentes penales"
        ),
        "The client was seriously harmed or threatened in the home country (past persecution "
        "screen)": (
            "El cliente sufrió daño grave o amenazas en su país de origen (revisión de persecución "
            "en el pasado)"
        ),
        "The client fears serious harm if returned": "El cliente teme sufrir daño grave si regresa",
        "What the client fears on return": "Qué teme el cliente si regresa",
        "Why the client believes they were or would be targeted (nexus inputs; attorney maps to "
        "grounds)": (
            "Por qué el cliente cree que fue o sería un blanco (datos para el nexo; el abogado los "
            "relaciona con los motivos protegidos)"
        ),
        "The particular-social-group formulation counsel is considering (DOMAIN.md §6.4)": (
            "La formulación del grupo social determinado que el abogado está considerando"
        ),
        "Other particular social groups counsel will plead in the alternative": (
            "Otros grupos sociales determinados que el abogado planteará de forma alternativa"
        ),
        "The groups for which there is evidence that society in the home country sees them as "
        "distinct (country reports, expert, stigma, others re-targeted)": (
            "Los grupos para los que hay pruebas de que la sociedad del país de origen los ve como "
            "distintos (informes sobre el país, perito, estigma, otros atacados de nuevo)"
        ),
        "The people who harmed or threaten the client are officials or act for the government": (
            "Las personas que dañaron o amenazan al cliente son funcionarios o actúan en nombre del"
            " gobierno"
        ),
        "Police or authorities did not or could not protect the client (complicity, refusal, "
        "inability)": (
            "La policía o las autoridades no protegieron o no pudieron proteger al cliente "
            "(complicidad, negativa, incapacidad)"
        ),
        "The client could live safely in another part of the home country": (
            "El cliente podría vivir a salvo en otra parte de su país de origen"
        ),
        "An I-589 has already been filed": "Ya se presentó un I-589",
        "Date the I-589 was received": "Fecha en que se recibió el I-589",
        "The client arrived under 18 without a parent or legal guardian (INA 208(a)(2)(E))": (
            "El cliente llegó siendo menor de 18 años sin su padre, su madre ni un tutor legal (INA"
            " 208(a)(2)(E))"
        ),
        "Conditions at home or the client's own circumstances changed materially (8 CFR "
        "208.4(a)(4))": (
            "Las condiciones en el país de origen o las circunstancias propias del cliente "
            "cambiaron de manera importante (8 CFR 208.4(a)(4))"
        ),
        "Serious illness, disability or effects of past harm during the first year in the U.S. "
        "(8 CFR 208.4(a)(5)(i))": (
            "Enfermedad grave, discapacidad o efectos de un daño anterior durante el primer año en "
            "EE. UU. (8 CFR 208.4(a)(5)(i))"
        ),
        "The client was under the traffickers' control during the first year (extraordinary "
        "circumstance; list is not exhaustive)": (
            "El cliente estuvo bajo el control de los tratantes durante el primer año "
            "(circunstancia extraordinaria; la lista no es exhaustiva)"
        ),
        "A lawyer or notario gave bad advice or failed to file (8 CFR 208.4(a)(5)(iii), Lozada "
        "steps)": (
            "Un abogado o notario le dio un mal consejo o no presentó la solicitud (8 CFR "
            "208.4(a)(5)(iii), pasos de Lozada)"
        ),
        "The client held TPS, lawful status or parole until a reasonable time before filing (8 "
        "CFR 208.4(a)(5)(iv))": (
            "El cliente tuvo TPS, un estatus legal o un permiso de permanencia temporal (parole) "
            "hasta un tiempo razonable antes de presentar la solicitud (8 CFR 208.4(a)(5)(iv))"
        ),
        "When the circumstance that prevented filing ended (starts the \"reasonable period\")": (
            "Cuándo terminó la circunstancia que impidió presentar la solicitud (inicia el \"plazo "
            "razonable\")"
        ),
        "The client was ever made to take part in harming others (persecutor bar screen; "
        "attorney review)": (
            "Alguna vez obligaron al cliente a participar en hacer daño a otras personas (revisión "
            "del impedimento de perseguidor; revisión del abogado)"
        ),
        "The client committed (or was forced to commit) a serious crime outside the U.S. before "
        "arriving": (
            "El cliente cometió (o fue obligado a cometer) un delito grave fuera de EE. UU. antes "
            "de llegar"
        ),
        "Another country offered the client permanent status before the U.S.": (
            "Otro país ofreció al cliente un estatus permanente antes que EE. UU."
        ),
        "Conviction the attorney considers a particularly serious crime or aggravated felony": (
            "Condena que el abogado considera un delito particularmente grave o un delito grave con"
            " agravantes (aggravated felony)"
        ),
        "An earlier asylum application was denied": "Se negó una solicitud de asilo anterior",
        "Counsel claims race in I-589 Part B.1 (attorney decision)": (
            "El abogado alega la raza en la Parte B.1 del I-589 (decisión del abogado)"
        ),
        "Counsel claims religion in I-589 Part B.1 (attorney decision)": (
            "El abogado alega la religión en la Parte B.1 del I-589 (decisión del abogado)"
        ),
        "Counsel claims nationality in I-589 Part B.1 (attorney decision)": (
            "El abogado alega la nacionalidad en la Parte B.1 del I-589 (decisión del abogado)"
        ),
        "Counsel claims political opinion in I-589 Part B.1 (attorney decision)": (
            "El abogado alega la opinión política en la Parte B.1 del I-589 (decisión del abogado)"
        ),
        "Counsel claims membership in a particular social group in I-589 Part B.1 (attorney "
        "decision)": (
            "El abogado alega la pertenencia a un grupo social determinado en la Parte B.1 del "
            "I-589 (decisión del abogado)"
        ),
        "Counsel claims the Convention Against Torture in I-589 Part B.1 (attorney decision)": (
            "El abogado alega la Convención contra la Tortura en la Parte B.1 del I-589 (decisión "
            "del abogado)"
        ),
        "The client or a family member was ever accused, charged, arrested, detained, "
        "questioned, convicted or imprisoned in a country other than the U.S. (I-589 Part B.2)": (
            "Alguna vez el cliente o un familiar fue acusado, imputado, arrestado, detenido, "
            "interrogado, condenado o encarcelado en un país distinto de EE. UU. (Parte B.2 del "
            "I-589)"
        ),
        "The client or a family member ever belonged to or was associated with a group in the "
        "home country (party, student group, union, religious group, militia, ethnic group, ...)"
        " (I-589 Part B.3.A)": (
            "Alguna vez el cliente o un familiar perteneció o estuvo vinculado a un grupo en el "
            "país de origen (partido, grupo estudiantil, sindicato, grupo religioso, milicia, grupo"
            " étnico, ...) (Parte B.3.A del I-589)"
        ),
        "The client or a family member still takes part in such a group (I-589 Part B.3.B)": (
            "El cliente o un familiar todavía participa en ese grupo (Parte B.3.B del I-589)"
        ),
        "The client fears torture in the home country or another country of removal (I-589 Part "
        "B.4)": (
            "El cliente teme ser torturado en su país de origen o en otro país al que pueda ser "
            "deportado (Parte B.4 del I-589)"
        ),
        "The client, spouse, children, parents or siblings ever applied to the U.S. government "
        "for refugee status, asylum or withholding (I-589 Part C.1)": (
            "Alguna vez el cliente, su cónyuge, sus hijos, sus padres o sus hermanos pidieron al "
            "gobierno de EE. UU. la condición de refugiado, asilo o suspensión de la deportación "
            "(withholding) (Parte C.1 del I-589)"
        ),
        "After leaving the home country, the client, spouse or child travelled through or lived "
        "in another country before the U.S. (I-589 Part C.2.A)": (
            "Después de salir de su país de origen, el cliente, su cónyuge o un hijo pasó por otro "
            "país o vivió en él antes de llegar a EE. UU. (Parte C.2.A del I-589)"
        ),
        "The client or family ever applied for or received lawful status in another country "
        "(I-589 Part C.2.B)": (
            "El cliente o su familia alguna vez pidió o recibió un estatus legal en otro país "
            "(Parte C.2.B del I-589)"
        ),
        "After leaving the country of harm or feared harm, the client went back there (I-589 "
        "Part C.4)": (
            "Después de salir del país donde sufrió daño o teme sufrirlo, el cliente regresó allí "
            "(Parte C.4 del I-589)"
        ),
        "Evidence shows a reasonable possibility of persecution on return (threats received, "
        "people in a similar situation harmed, country conditions) - the objective part of well-"
        "founded fear (8 CFR 208.13(b)(2)(i)(B))": (
            "Las pruebas muestran una posibilidad razonable de persecución al regresar (amenazas "
            "recibidas, daño a personas en una situación parecida, condiciones del país): la parte "
            "objetiva del temor fundado (8 CFR 208.13(b)(2)(i)(B))"
        ),
        "Who denied the earlier asylum application (only an immigration judge or the BIA denial "
        "bars a new one, 8 CFR 208.4(a)(3))": (
            "Quién negó la solicitud de asilo anterior (solo la negativa de un juez de inmigración "
            "o de la BIA impide una nueva, 8 CFR 208.4(a)(3))"
        ),
        "Date the I-589 was mailed, where there is a clear record of the mailing (VERIFY 8 CFR "
        "208.4(a)(2)(ii))": (
            "Fecha en que se envió por correo el I-589, si hay un registro claro del envío (VERIFY "
            "8 CFR 208.4(a)(2)(ii))"
        ),
        "The last arrival was at or between ports on the southwest land border or adjacent "
        "coastal borders (8 CFR 208.33)": (
            "La última llegada fue por un puerto de entrada de la frontera terrestre del suroeste, "
            "o entre puertos, o por las fronteras costeras cercanas (8 CFR 208.33)"
        ),
        # choice words of interview answers
        "Retaliation": "Represalias",
        "Being trafficked again": "Volver a ser víctima de trata",
        "Ostracism": "Rechazo social (ostracismo)",
        "Violence": "Violencia",
        "Detention by police": "Detención por la policía",
        "Other": "Otro",
        "Previously trafficked": "Haber sido víctima de trata",
        "Reported or testified": "Haber denunciado o testificado",
        "Gender": "Género",
        "Family membership": "Pertenencia a una familia",
        "Political opinion": "Opinión política",
        "Religion": "Religión",
        "Race": "Raza",
        "LGBTQI+": "LGBTQI+",
        "Money only": "Solo por dinero",
        "Do not know": "No lo sabe",
        "Former trafficking victims": "Antiguas víctimas de trata",
        "Young women alone": "Mujeres jóvenes solas",
        "Women of the client's nationality": "Mujeres de la nacionalidad del cliente",
        "Immigration judge": "Juez de inmigración",
        "Board of Immigration Appeals (BIA)": "Junta de Apelaciones de Inmigración (BIA)",
        "Asylum office": "Oficina de asilo",
        # repeating groups no section lists yet
        "Earlier lawyers, notarios and preparers": "Abogados, notarios y preparadores anteriores",
        "The client's accounts, in their words": "Los relatos del cliente, en sus propias palabras",
        # client fields no section lists yet
        "Do not contact": "No contactar",
        "Receipt numbers": "Números de recibo",
        "FBI number": "Número del FBI",
        "State ID number (SID)": "Número de identificación estatal (SID)",
        # choice words of the other interview answers
        "Unemployed": "Desempleado",
        "Employed": "Empleado",
        "Retired": "Jubilado",
        "T status": "Estatus T",
        "U status": "Estatus U",
        "Continued victimization": "Victimización continua",
        "New trafficking incident": "Un nuevo incidente de trata",
        "Return for investigation": "Regreso para una investigación",
        "Return authorized by DHS": "Regreso autorizado por el DHS",
        "Other listed exception": "Otra excepción de la lista",
        "Woman": "Mujer",
        "Man": "Hombre",
        "Shelter": "Albergue",
        "Medical": "Atención médica",
        "The client themself": "El propio cliente",
        "Family or friends": "Familia o amistades",
        "Employer or recruiter": "Empleador o reclutador",
        "Paid guide": "Guía pagado",
        "Not sure": "No está seguro",
        "Loan to repay": "Un préstamo que debe pagar",
        # columns of the groups no section lists yet
        "Names": "Nombres",
        "Role": "Papel",
        "Location": "Ubicación",
        "Ties to officials": "Vínculos con funcionarios",
        "Threats": "Amenazas",
        "Recruited": "Reclutar",
        "Harbored": "Albergar",
        "Transported": "Transportar",
        "Provided": "Proporcionar",
        "Obtained": "Obtener",
        "Patronized": "Patrocinar",
        "Solicited": "Solicitar",
        "Force": "Fuerza",
        "Fraud": "Engaño",
        "Coercion": "Coacción",
        "Physical restraint": "Restricción física",
        "Debt bondage": "Servidumbre por deudas",
        "Documents taken or kept from them": "Le quitaron o retuvieron los documentos",
        "Threats of arrest or deportation (legal process)": (
            "Amenazas de arresto o deportación (proceso legal)"
        ),
        "Stored before the choices were declared: kept as it is. Untick it to remove it.": (
            "Guardado antes de que se declararan las opciones: se conserva tal cual. Desmárquelo "
            "para quitarlo."
        ),
        "Prohibited source": "Fuente prohibida",
        "Current contact": "Contacto actual",
        "Licensed": "Con licencia",
        "Filings prepared": "Trámites preparados",
        "Complaint filed": "Queja presentada",
        "Lozada steps": "Pasos de Lozada",
        "Episode": "Episodio",
        "Text": "Texto",
        "Read back": "Leído de nuevo al cliente",
        # issue 15 (h15t): the admissibility questionnaire of the T/U forms (I-914 Part 4)
        (
            "Committed a crime or offense for which the client was never arrested (INA 212(a)(2) "
            "screen) (I-914 Part 4 item 1.A; I-918 Part 3 item 1.A)"
        ): (
            "Cometió un delito o infracción por el que nunca fue arrestado/a (control de INA "
            "212(a)(2)) (I-914, Parte 4, pregunta 1.A; I-918, Parte 3, pregunta 1.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 1.A or I-918 Part 3 item 1.A": (
            "En palabras del cliente: un sí a la pregunta 1.A de la Parte 4 del I-914 o a la "
            "pregunta 1.A de la Parte 3 del I-918"
        ),
        "Ever charged with a crime or offense (INA 212(a)(2) screen) (I-914 Part 4 item 1.C; I-918 "
        "Part 3 item 1.C)": (
            "Alguna vez fue acusado/a formalmente de un delito o infracción (control de INA "
            "212(a)(2)) (I-914, Parte 4, pregunta 1.C; I-918, Parte 3, pregunta 1.C)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 1.C or I-918 Part 3 item 1.C": (
            "En palabras del cliente: un sí a la pregunta 1.C de la Parte 4 del I-914 o a la "
            "pregunta 1.C de la Parte 3 del I-918"
        ),
        (
            "Ever convicted of a crime or offense, even if later expunged or pardoned (INA "
            "212(a)(2)(A)) (I-914 Part 4 item 1.D; I-918 Part 3 item 1.D)"
        ): (
            "Alguna vez fue condenado/a por un delito o infracción, aunque después se borrara o "
            "perdonara (INA 212(a)(2)(A)) (I-914, Parte 4, pregunta 1.D; I-918, Parte 3, pregunta "
            "1.D)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 1.D or I-918 Part 3 item 1.D": (
            "En palabras del cliente: un sí a la pregunta 1.D de la Parte 4 del I-914 o a la "
            "pregunta 1.D de la Parte 3 del I-918"
        ),
        (
            "Ever placed in diversion, deferred prosecution or deferred/withheld adjudication "
            "(I-914 Part 4 item 1.E; I-918 Part 3 item 1.E)"
        ): (
            "Alguna vez estuvo en un programa de desvío, acusación diferida o fallo diferido o "
            "suspendido (I-914, Parte 4, pregunta 1.E; I-918, Parte 3, pregunta 1.E)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 1.E or I-918 Part 3 item 1.E": (
            "En palabras del cliente: un sí a la pregunta 1.E de la Parte 4 del I-914 o a la "
            "pregunta 1.E de la Parte 3 del I-918"
        ),
        (
            "Ever received a suspended sentence, probation or criminal parole (I-914 Part 4 item "
            "1.F; I-918 Part 3 item 1.F)"
        ): (
            "Alguna vez recibió una sentencia suspendida, libertad a prueba o libertad condicional "
            "penal (I-914, Parte 4, pregunta 1.F; I-918, Parte 3, pregunta 1.F)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 1.F or I-918 Part 3 item 1.F": (
            "En palabras del cliente: un sí a la pregunta 1.F de la Parte 4 del I-914 o a la "
            "pregunta 1.F de la Parte 3 del I-918"
        ),
        "Ever held in jail or prison (I-914 Part 4 item 1.G; I-918 Part 3 item 1.G)": (
            "Alguna vez estuvo en una cárcel o prisión (I-914, Parte 4, pregunta 1.G; I-918, Parte "
            "3, pregunta 1.G)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 1.G or I-918 Part 3 item 1.G": (
            "En palabras del cliente: un sí a la pregunta 1.G de la Parte 4 del I-914 o a la "
            "pregunta 1.G de la Parte 3 del I-918"
        ),
        (
            "Ever the beneficiary of a pardon, amnesty, rehabilitation or other clemency (I-914 "
            "Part 4 item 1.H; I-918 Part 3 item 1.H)"
        ): (
            "Alguna vez recibió un indulto, amnistía, rehabilitación u otra medida de clemencia "
            "(I-914, Parte 4, pregunta 1.H; I-918, Parte 3, pregunta 1.H)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 1.H or I-918 Part 3 item 1.H": (
            "En palabras del cliente: un sí a la pregunta 1.H de la Parte 4 del I-914 o a la "
            "pregunta 1.H de la Parte 3 del I-918"
        ),
        (
            "Ever exercised diplomatic immunity to avoid prosecution in the U.S. (INA "
            "212(a)(2)(E)) (I-914 Part 4 item 1.I; I-918 Part 3 item 1.I)"
        ): (
            "Alguna vez usó inmunidad diplomática para evitar un proceso penal en EE. UU. (INA "
            "212(a)(2)(E)) (I-914, Parte 4, pregunta 1.I; I-918, Parte 3, pregunta 1.I)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 1.I or I-918 Part 3 item 1.I": (
            "En palabras del cliente: un sí a la pregunta 1.I de la Parte 4 del I-914 o a la "
            "pregunta 1.I de la Parte 3 del I-918"
        ),
        (
            "Engaged in, or procured, prostitution, or intends to (INA 212(a)(2)(D)); conduct "
            "caused by trafficking is waivable (212(d)(13)) (I-914 Part 4 item 2.A; I-918 Part 3 "
            "item 4.A)"
        ): (
            "Sexo comercial, propio u organizado para otros, o intención de ello (INA "
            "212(a)(2)(D)); la conducta causada por la explotación se puede perdonar (212(d)(13)) "
            "(I-914, Parte 4, pregunta 2.A; I-918, Parte 3, pregunta 4.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 2.A or I-918 Part 3 item 4.A": (
            "En palabras del cliente: un sí a la pregunta 2.A de la Parte 4 del I-914 o a la "
            "pregunta 4.A de la Parte 3 del I-918"
        ),
        (
            "Ever engaged in unlawful commercialized vice such as illegal gambling (INA "
            "212(a)(2)(D)(iii)) (I-914 Part 4 item 2.B; I-918 Part 3 item 4.B)"
        ): (
            "Alguna vez participó en un negocio ilegal de vicio, como apuestas ilegales (INA "
            "212(a)(2)(D)(iii)) (I-914, Parte 4, pregunta 2.B; I-918, Parte 3, pregunta 4.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 2.B or I-918 Part 3 item 4.B": (
            "En palabras del cliente: un sí a la pregunta 2.B de la Parte 4 del I-914 o a la "
            "pregunta 4.B de la Parte 3 del I-918"
        ),
        (
            "Ever trafficked in, or helped traffic, a controlled substance (INA 212(a)(2)(C)) "
            "(I-914 Part 4 item 2.D; I-918 Part 3 item 4.D)"
        ): (
            "Alguna vez transportó o vendió sustancias controladas, o ayudó a hacerlo (INA "
            "212(a)(2)(C)) (I-914, Parte 4, pregunta 2.D; I-918, Parte 3, pregunta 4.D)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 2.D or I-918 Part 3 item 4.D": (
            "En palabras del cliente: un sí a la pregunta 2.D de la Parte 4 del I-914 o a la "
            "pregunta 4.D de la Parte 3 del I-918"
        ),
        (
            "Committed, planned, threatened or supported hijacking or sabotage of a conveyance "
            "(INA 212(a)(3)(B)) (I-914 Part 4 item 3.A; I-918 Part 3 item 5.A)"
        ): (
            "Cometió, planeó, amenazó o apoyó el secuestro o sabotaje de un medio de transporte "
            "(INA 212(a)(3)(B)) (I-914, Parte 4, pregunta 3.A; I-918, Parte 3, pregunta 5.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 3.A or I-918 Part 3 item 5.A": (
            "En palabras del cliente: un sí a la pregunta 3.A de la Parte 4 del I-914 o a la "
            "pregunta 5.A de la Parte 3 del I-918"
        ),
        (
            "Committed, planned, threatened or supported holding a person hostage to force a third "
            "party to act (INA 212(a)(3)(B)) (I-914 Part 4 item 3.B; I-918 Part 3 item 5.B)"
        ): (
            "Cometió, planeó, amenazó o apoyó la retención de una persona para obligar a un "
            "tercero (INA 212(a)(3)(B)) (I-914, Parte 4, pregunta 3.B; I-918, Parte 3, pregunta "
            "5.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 3.B or I-918 Part 3 item 5.B": (
            "En palabras del cliente: un sí a la pregunta 3.B de la Parte 4 del I-914 o a la "
            "pregunta 5.B de la Parte 3 del I-918"
        ),
        (
            "Committed, planned, threatened or supported an assassination (INA 212(a)(3)(B)) "
            "(I-914 Part 4 item 3.C; I-918 Part 3 item 5.C)"
        ): (
            "Cometió, planeó, amenazó o apoyó un asesinato político o por encargo (INA "
            "212(a)(3)(B)) (I-914, Parte 4, pregunta 3.C; I-918, Parte 3, pregunta 5.C)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 3.C or I-918 Part 3 item 5.C": (
            "En palabras del cliente: un sí a la pregunta 3.C de la Parte 4 del I-914 o a la "
            "pregunta 5.C de la Parte 3 del I-918"
        ),
        (
            "Used, planned or supported the use of a firearm to endanger people or cause "
            "substantial property damage (INA 212(a)(3)(B)) (I-914 Part 4 item 3.D; I-918 Part 3 "
            "item 5.D)"
        ): (
            "Usó, planeó o apoyó el uso de un arma de fuego para poner en peligro a personas o "
            "dañar propiedades (INA 212(a)(3)(B)) (I-914, Parte 4, pregunta 3.D; I-918, Parte 3, "
            "pregunta 5.D)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 3.D or I-918 Part 3 item 5.D": (
            "En palabras del cliente: un sí a la pregunta 3.D de la Parte 4 del I-914 o a la "
            "pregunta 5.D de la Parte 3 del I-918"
        ),
        (
            "Used, planned or supported the use of a biological, chemical or nuclear agent, "
            "explosive or other dangerous device to endanger people (INA 212(a)(3)(B)) (I-914 Part "
            "4 item 3.E; I-918 Part 3 item 5.E)"
        ): (
            "Usó, planeó o apoyó el uso de un agente biológico, químico o nuclear, explosivo u "
            "otra arma peligrosa (INA 212(a)(3)(B)) (I-914, Parte 4, pregunta 3.E; I-918, Parte 3, "
            "pregunta 5.E)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 3.E or I-918 Part 3 item 5.E": (
            "En palabras del cliente: un sí a la pregunta 3.E de la Parte 4 del I-914 o a la "
            "pregunta 5.E de la Parte 3 del I-918"
        ),
        (
            "Member, supporter or associate of an organization designated under INA 219 (INA "
            "212(a)(3)(B)) (I-914 Part 4 item 4.A; I-918 Part 3 item 6.A)"
        ): (
            "Miembro, partidario o asociado de una organización designada según INA 219 (INA "
            "212(a)(3)(B)) (I-914, Parte 4, pregunta 4.A; I-918, Parte 3, pregunta 6.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 4.A or I-918 Part 3 item 6.A": (
            "En palabras del cliente: un sí a la pregunta 4.A de la Parte 4 del I-914 o a la "
            "pregunta 6.A de la Parte 3 del I-918"
        ),
        (
            "Associated with a group that engaged in hijacking or sabotage (INA "
            "212(a)(3)(B)(vi)(III)) (I-914 Part 4 item 4.B.1; I-918 Part 3 item 6.B)"
        ): (
            "Vinculado/a a un grupo que secuestró o saboteó medios de transporte (INA "
            "212(a)(3)(B)(vi)(III)) (I-914, Parte 4, pregunta 4.B.1; I-918, Parte 3, pregunta 6.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 4.B.1 or I-918 Part 3 item 6.B": (
            "En palabras del cliente: un sí a la pregunta 4.B.1 de la Parte 4 del I-914 o a la "
            "pregunta 6.B de la Parte 3 del I-918"
        ),
        (
            "Associated with a group that held people hostage to coerce a third party (INA "
            "212(a)(3)(B)(vi)(III)) (I-914 Part 4 item 4.B.2; I-918 Part 3 item 6.C)"
        ): (
            "Vinculado/a a un grupo que retuvo a personas para obligar a terceros (INA "
            "212(a)(3)(B)(vi)(III)) (I-914, Parte 4, pregunta 4.B.2; I-918, Parte 3, pregunta 6.C)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 4.B.2 or I-918 Part 3 item 6.C": (
            "En palabras del cliente: un sí a la pregunta 4.B.2 de la Parte 4 del I-914 o a la "
            "pregunta 6.C de la Parte 3 del I-918"
        ),
        (
            "Associated with a group that engaged in assassination (INA 212(a)(3)(B)(vi)(III)) "
            "(I-914 Part 4 item 4.B.3; I-918 Part 3 item 6.D)"
        ): (
            "Vinculado/a a un grupo que cometió asesinatos políticos o por encargo (INA "
            "212(a)(3)(B)(vi)(III)) (I-914, Parte 4, pregunta 4.B.3; I-918, Parte 3, pregunta 6.D)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 4.B.3 or I-918 Part 3 item 6.D": (
            "En palabras del cliente: un sí a la pregunta 4.B.3 de la Parte 4 del I-914 o a la "
            "pregunta 6.D de la Parte 3 del I-918"
        ),
        (
            "Associated with a group that used firearms to endanger people or property (INA "
            "212(a)(3)(B)(vi)(III)) (I-914 Part 4 item 4.B.4; I-918 Part 3 item 6.E)"
        ): (
            "Vinculado/a a un grupo que usó armas de fuego contra personas o propiedades (INA "
            "212(a)(3)(B)(vi)(III)) (I-914, Parte 4, pregunta 4.B.4; I-918, Parte 3, pregunta 6.E)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 4.B.4 or I-918 Part 3 item 6.E": (
            "En palabras del cliente: un sí a la pregunta 4.B.4 de la Parte 4 del I-914 o a la "
            "pregunta 6.E de la Parte 3 del I-918"
        ),
        (
            "Associated with a group that solicited money or members or gave material support to a "
            "terrorist organization (INA 212(a)(3)(B)(iv)(VI)) (I-914 Part 4 item 4.B.5; I-918 "
            "Part 3 item 6.G)"
        ): (
            "Vinculado/a a un grupo que reunió dinero o miembros o dio apoyo material a una "
            "organización terrorista (INA 212(a)(3)(B)(iv)(VI)) (I-914, Parte 4, pregunta 4.B.5; "
            "I-918, Parte 3, pregunta 6.G)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 4.B.5 or I-918 Part 3 item 6.G": (
            "En palabras del cliente: un sí a la pregunta 4.B.5 de la Parte 4 del I-914 o a la "
            "pregunta 6.G de la Parte 3 del I-918"
        ),
        (
            "Associated with a group that used explosives, biological, chemical or nuclear weapons "
            "or other dangerous devices (INA 212(a)(3)(B)(vi)(III)) (I-914 Part 4 item 4.B.6; "
            "I-918 Part 3 item 6.F)"
        ): (
            "Vinculado/a a un grupo que usó explosivos, armas biológicas, químicas o nucleares u "
            "otros dispositivos peligrosos (INA 212(a)(3)(B)(vi)(III)) (I-914, Parte 4, pregunta "
            "4.B.6; I-918, Parte 3, pregunta 6.F)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 4.B.6 or I-918 Part 3 item 6.F": (
            "En palabras del cliente: un sí a la pregunta 4.B.6 de la Parte 4 del I-914 o a la "
            "pregunta 6.F de la Parte 3 del I-918"
        ),
        (
            "Intends to engage in espionage in the U.S. (INA 212(a)(3)(A)(i)) (I-914 Part 4 item "
            "5.A; I-918 Part 3 item 7.A)"
        ): (
            "Tiene intención de espiar en EE. UU. (INA 212(a)(3)(A)(i)) (I-914, Parte 4, pregunta "
            "5.A; I-918, Parte 3, pregunta 7.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 5.A or I-918 Part 3 item 7.A": (
            "En palabras del cliente: un sí a la pregunta 5.A de la Parte 4 del I-914 o a la "
            "pregunta 7.A de la Parte 3 del I-918"
        ),
        (
            "Intends unlawful activity or activity to oppose, control or overthrow the U.S. "
            "government (INA 212(a)(3)(A)(ii)-(iii)) (I-914 Part 4 item 5.B; I-918 Part 3 item 7.B)"
        ): (
            "Tiene intención de actividad ilegal o de oponerse, controlar o derrocar al gobierno "
            "de EE. UU. (INA 212(a)(3)(A)(ii)-(iii)) (I-914, Parte 4, pregunta 5.B; I-918, Parte "
            "3, pregunta 7.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 5.B or I-918 Part 3 item 7.B": (
            "En palabras del cliente: un sí a la pregunta 5.B de la Parte 4 del I-914 o a la "
            "pregunta 7.B de la Parte 3 del I-918"
        ),
        (
            "Intends activity related to espionage, sabotage or illegal export of goods, "
            "technology or sensitive information (INA 212(a)(3)(A)(i)) (I-914 Part 4 item 5.C; "
            "I-918 Part 3 item 7.C)"
        ): (
            "Tiene intención de actividad de espionaje, sabotaje o exportación ilegal de bienes, "
            "tecnología o información sensible (INA 212(a)(3)(A)(i)) (I-914, Parte 4, pregunta "
            "5.C; I-918, Parte 3, pregunta 7.C)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 5.C or I-918 Part 3 item 7.C": (
            "En palabras del cliente: un sí a la pregunta 5.C de la Parte 4 del I-914 o a la "
            "pregunta 7.C de la Parte 3 del I-918"
        ),
        (
            "Voluntary member of the Communist or another totalitarian party (INA 212(a)(3)(D)) "
            "(I-914 Part 4 item 6; I-918 Part 3 item 8)"
        ): (
            "Miembro voluntario de un partido comunista u otro partido totalitario (INA "
            "212(a)(3)(D)) (I-914, Parte 4, pregunta 6; I-918, Parte 3, pregunta 8)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 6 or I-918 Part 3 item 8": (
            "En palabras del cliente: un sí a la pregunta 6 de la Parte 4 del I-914 o a la "
            "pregunta 8 de la Parte 3 del I-918"
        ),
        (
            "Participated in Nazi persecution between 1933 and 1945 (INA 212(a)(3)(E)(i); not "
            "waivable) (I-914 Part 4 item 7; I-918 Part 3 item 9)"
        ): (
            "Participó en la persecución nazi entre 1933 y 1945 (INA 212(a)(3)(E)(i); no se puede "
            "perdonar) (I-914, Parte 4, pregunta 7; I-918, Parte 3, pregunta 9)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 7 or I-918 Part 3 item 9": (
            "En palabras del cliente: un sí a la pregunta 7 de la Parte 4 del I-914 o a la "
            "pregunta 9 de la Parte 3 del I-918"
        ),
        (
            "Was present or nearby when someone was intentionally killed, tortured, beaten or "
            "injured (screen only; not itself a ground) (I-914 Part 4 item 8.A; I-918 Part 3 item "
            "12.A)"
        ): (
            "Estuvo presente o cerca cuando mataron, torturaron, golpearon o lastimaron a alguien "
            "a propósito (solo control; no es una causal) (I-914, Parte 4, pregunta 8.A; I-918, "
            "Parte 3, pregunta 12.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 8.A or I-918 Part 3 item 12.A": (
            "En palabras del cliente: un sí a la pregunta 8.A de la Parte 4 del I-914 o a la "
            "pregunta 12.A de la Parte 3 del I-918"
        ),
        (
            "Was present or nearby when someone was forced from their home (screen only; not "
            "itself a ground) (I-914 Part 4 item 8.B; I-918 Part 3 item 12.B)"
        ): (
            "Estuvo presente o cerca cuando obligaron a alguien a dejar su casa (solo control; no "
            "es una causal) (I-914, Parte 4, pregunta 8.B; I-918, Parte 3, pregunta 12.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 8.B or I-918 Part 3 item 12.B": (
            "En palabras del cliente: un sí a la pregunta 8.B de la Parte 4 del I-914 o a la "
            "pregunta 12.B de la Parte 3 del I-918"
        ),
        (
            "Was present or nearby when someone was forced into sexual contact (screen only; a "
            "victim's own abuse is not a ground) (I-914 Part 4 item 8.C; I-918 Part 3 item 12.C)"
        ): (
            "Estuvo presente o cerca cuando obligaron a alguien a tener contacto sexual (solo "
            "control; el abuso sufrido no es una causal) (I-914, Parte 4, pregunta 8.C; I-918, "
            "Parte 3, pregunta 12.C)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 8.C or I-918 Part 3 item 12.C": (
            "En palabras del cliente: un sí a la pregunta 8.C de la Parte 4 del I-914 o a la "
            "pregunta 12.C de la Parte 3 del I-918"
        ),
        (
            "Removal, exclusion, rescission or deportation proceedings were ever started against "
            "the client (I-914 Part 4 item 9.B; I-918 Part 3 item 17)"
        ): (
            "Alguna vez se inició un proceso de expulsión, exclusión, rescisión o deportación en "
            "su contra (I-914, Parte 4, pregunta 9.B; I-918, Parte 3, pregunta 17)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 9.B or I-918 Part 3 item 17": (
            "En palabras del cliente: un sí a la pregunta 9.B de la Parte 4 del I-914 o a la "
            "pregunta 17 de la Parte 3 del I-918"
        ),
        (
            "Ever removed, excluded or deported from the U.S. (INA 212(a)(9)(A)) (I-914 Part 4 "
            "item 9.C; I-918 Part 3 item 18)"
        ): (
            "Alguna vez fue expulsado/a, excluido/a o deportado/a de EE. UU. (INA 212(a)(9)(A)) "
            "(I-914, Parte 4, pregunta 9.C; I-918, Parte 3, pregunta 18)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 9.C or I-918 Part 3 item 18": (
            "En palabras del cliente: un sí a la pregunta 9.C de la Parte 4 del I-914 o a la "
            "pregunta 18 de la Parte 3 del I-918"
        ),
        (
            "Ever denied a visa or admission to the U.S. (explain a visa denial in the "
            "additional-information part) (I-914 Part 4 item 9.E; I-918 Part 3 item 20)"
        ): (
            "Alguna vez le negaron una visa o la entrada a EE. UU. (una visa negada se explica en "
            "la parte de información adicional) (I-914, Parte 4, pregunta 9.E; I-918, Parte 3, "
            "pregunta 20)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 9.E or I-918 Part 3 item 20": (
            "En palabras del cliente: un sí a la pregunta 9.E de la Parte 4 del I-914 o a la "
            "pregunta 20 de la Parte 3 del I-918"
        ),
        "Granted voluntary departure and did not leave in time (I-914 Part 4 item 9.F; I-918 Part "
        "3 item 21)": (
            "Recibió salida voluntaria y no salió a tiempo (I-914, Parte 4, pregunta 9.F; I-918, "
            "Parte 3, pregunta 21)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 9.F or I-918 Part 3 item 21": (
            "En palabras del cliente: un sí a la pregunta 9.F de la Parte 4 del I-914 o a la "
            "pregunta 21 de la Parte 3 del I-918"
        ),
        (
            "Ordered, incited, committed or assisted torture or genocide (INA "
            "212(a)(3)(E)(ii)-(iii); not waivable) (I-914 Part 4 item 10.A; I-918 Part 3 item 10.A)"
        ): (
            "Ordenó, incitó, cometió o ayudó en torturas o genocidio (INA 212(a)(3)(E)(ii)-(iii); "
            "no se puede perdonar) (I-914, Parte 4, pregunta 10.A; I-918, Parte 3, pregunta 10.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 10.A or I-918 Part 3 item 10.A": (
            "En palabras del cliente: un sí a la pregunta 10.A de la Parte 4 del I-914 o a la "
            "pregunta 10.A de la Parte 3 del I-918"
        ),
        (
            "Ordered, incited, committed or assisted the killing of any person (INA "
            "212(a)(3)(E)(iii) screen) (I-914 Part 4 item 10.B; I-918 Part 3 item 10.B)"
        ): (
            "Ordenó, incitó, cometió o ayudó a matar a alguna persona (control de INA "
            "212(a)(3)(E)(iii)) (I-914, Parte 4, pregunta 10.B; I-918, Parte 3, pregunta 10.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 10.B or I-918 Part 3 item 10.B": (
            "En palabras del cliente: un sí a la pregunta 10.B de la Parte 4 del I-914 o a la "
            "pregunta 10.B de la Parte 3 del I-918"
        ),
        (
            "Ordered, incited, committed or assisted intentionally and severely injuring any "
            "person (I-914 Part 4 item 10.C; I-918 Part 3 item 10.C)"
        ): (
            "Ordenó, incitó, cometió o ayudó a herir gravemente a alguien a propósito (I-914, "
            "Parte 4, pregunta 10.C; I-918, Parte 3, pregunta 10.C)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 10.C or I-918 Part 3 item 10.C": (
            "En palabras del cliente: un sí a la pregunta 10.C de la Parte 4 del I-914 o a la "
            "pregunta 10.C de la Parte 3 del I-918"
        ),
        (
            "Ordered, incited, committed or assisted sexual contact with a person who was forced "
            "or threatened (I-914 Part 4 item 10.D; I-918 Part 3 item 10.D)"
        ): (
            "Ordenó, incitó, cometió o ayudó en contacto sexual con una persona obligada o "
            "amenazada (I-914, Parte 4, pregunta 10.D; I-918, Parte 3, pregunta 10.D)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 10.D or I-918 Part 3 item 10.D": (
            "En palabras del cliente: un sí a la pregunta 10.D de la Parte 4 del I-914 o a la "
            "pregunta 10.D de la Parte 3 del I-918"
        ),
        (
            "Ordered, incited, committed or assisted limiting or denying anyone's religious "
            "practice (INA 212(a)(2)(G) screen) (I-914 Part 4 item 10.E; I-918 Part 3 item 10.E)"
        ): (
            "Ordenó, incitó, cometió o ayudó a limitar o impedir la práctica religiosa de alguien "
            "(control de INA 212(a)(2)(G)) (I-914, Parte 4, pregunta 10.E; I-918, Parte 3, "
            "pregunta 10.E)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 10.E or I-918 Part 3 item 10.E": (
            "En palabras del cliente: un sí a la pregunta 10.E de la Parte 4 del I-914 o a la "
            "pregunta 10.E de la Parte 3 del I-918"
        ),
        (
            "Served in or assisted a military, paramilitary, police, self-defense, vigilante, "
            "rebel, guerrilla, militia or insurgent unit (I-914 Part 4 item 11.A; I-918 Part 3 "
            "item 13.A)"
        ): (
            "Sirvió en o ayudó a una unidad militar, paramilitar, policial, de autodefensa, "
            "justiciera, rebelde, guerrillera, miliciana o insurgente (I-914, Parte 4, pregunta "
            "11.A; I-918, Parte 3, pregunta 13.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 11.A or I-918 Part 3 item 13.A": (
            "En palabras del cliente: un sí a la pregunta 11.A de la Parte 4 del I-914 o a la "
            "pregunta 13.A de la Parte 3 del I-918"
        ),
        (
            "Served in a prison, jail, camp or other place where people were detained (as staff, "
            "not as a detainee) (I-914 Part 4 item 11.B; I-918 Part 3 item 13.B)"
        ): (
            "Sirvió en una prisión, cárcel, campo u otro lugar de detención (como personal, no "
            "como persona detenida) (I-914, Parte 4, pregunta 11.B; I-918, Parte 3, pregunta 13.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 11.B or I-918 Part 3 item 13.B": (
            "En palabras del cliente: un sí a la pregunta 11.B de la Parte 4 del I-914 o a la "
            "pregunta 13.B de la Parte 3 del I-918"
        ),
        (
            "Member of, or assisted, a group in which people used or threatened to use weapons "
            "against others (I-914 Part 4 item 12; I-918 Part 3 item 14.B)"
        ): (
            "Miembro de, o ayudó a, un grupo en el que se usaron o amenazaron con usar armas "
            "contra personas (I-914, Parte 4, pregunta 12; I-918, Parte 3, pregunta 14.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 12 or I-918 Part 3 item 14.B": (
            "En palabras del cliente: un sí a la pregunta 12 de la Parte 4 del I-914 o a la "
            "pregunta 14.B de la Parte 3 del I-918"
        ),
        (
            "Sold, provided or transported weapons to someone known to use them against others "
            "(I-914 Part 4 item 13; I-918 Part 3 item 14.C)"
        ): (
            "Vendió, entregó o transportó armas a alguien que sabía que las usaba contra otras "
            "personas (I-914, Parte 4, pregunta 13; I-918, Parte 3, pregunta 14.C)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 13 or I-918 Part 3 item 14.C": (
            "En palabras del cliente: un sí a la pregunta 13 de la Parte 4 del I-914 o a la "
            "pregunta 14.C de la Parte 3 del I-918"
        ),
        "Ever received military, paramilitary or weapons training (I-914 Part 4 item 14; I-918 "
        "Part 3 item 14.A)": (
            "Alguna vez recibió entrenamiento militar, paramilitar o con armas (I-914, Parte 4, "
            "pregunta 14; I-918, Parte 3, pregunta 14.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 14 or I-918 Part 3 item 14.A": (
            "En palabras del cliente: un sí a la pregunta 14 de la Parte 4 del I-914 o a la "
            "pregunta 14.A de la Parte 3 del I-918"
        ),
        (
            "Under a final order or civil penalty under INA 274C (document fraud) (INA "
            "212(a)(6)(F)) (I-914 Part 4 item 15; I-918 Part 3 item 22)"
        ): (
            "Tiene una orden final o sanción civil según INA 274C (fraude documental) (INA "
            "212(a)(6)(F)) (I-914, Parte 4, pregunta 15; I-918, Parte 3, pregunta 22)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 15 or I-918 Part 3 item 22": (
            "En palabras del cliente: un sí a la pregunta 15 de la Parte 4 del I-914 o a la "
            "pregunta 22 de la Parte 3 del I-918"
        ),
        (
            "Sought or obtained a visa, document or immigration benefit by fraud or willful "
            "misrepresentation (INA 212(a)(6)(C)(i)) (I-914 Part 4 item 16; I-918 Part 3 item 23)"
        ): (
            "Buscó u obtuvo una visa, documento o beneficio migratorio mediante fraude o "
            "declaración falsa intencional (INA 212(a)(6)(C)(i)) (I-914, Parte 4, pregunta 16; "
            "I-918, Parte 3, pregunta 23)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 16 or I-918 Part 3 item 23": (
            "En palabras del cliente: un sí a la pregunta 16 de la Parte 4 del I-914 o a la "
            "pregunta 23 de la Parte 3 del I-918"
        ),
        (
            "Left the U.S. to avoid the U.S. military draft (INA 212(a)(8)(B)) (I-914 Part 4 item "
            "17; I-918 Part 3 item 24)"
        ): (
            "Salió de EE. UU. para evitar el servicio militar obligatorio de EE. UU. (INA "
            "212(a)(8)(B)) (I-914, Parte 4, pregunta 17; I-918, Parte 3, pregunta 24)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 17 or I-918 Part 3 item 24": (
            "En palabras del cliente: un sí a la pregunta 17 de la Parte 4 del I-914 o a la "
            "pregunta 24 de la Parte 3 del I-918"
        ),
        (
            "Kept a child with a claim to U.S. citizenship outside the U.S. from a U.S. citizen "
            "granted custody (INA 212(a)(10)(C)) (I-914 Part 4 item 18; I-918 Part 3 item 26)"
        ): (
            "Retuvo fuera de EE. UU. a un niño con derecho a la ciudadanía de EE. UU., lejos de un "
            "ciudadano de EE. UU. con la custodia (INA 212(a)(10)(C)) (I-914, Parte 4, pregunta "
            "18; I-918, Parte 3, pregunta 26)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 18 or I-918 Part 3 item 26": (
            "En palabras del cliente: un sí a la pregunta 18 de la Parte 4 del I-914 o a la "
            "pregunta 26 de la Parte 3 del I-918"
        ),
        "Plans to practice polygamy in the U.S. (INA 212(a)(10)(A)) (I-914 Part 4 item 19; I-918 "
        "Part 3 item 27)": (
            "Piensa practicar la poligamia en EE. UU. (INA 212(a)(10)(A)) (I-914, Parte 4, "
            "pregunta 19; I-918, Parte 3, pregunta 27)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 19 or I-918 Part 3 item 27": (
            "En palabras del cliente: un sí a la pregunta 19 de la Parte 4 del I-914 o a la "
            "pregunta 27 de la Parte 3 del I-918"
        ),
        "Entered the U.S. as a stowaway (INA 212(a)(6)(D)) (I-914 Part 4 item 20; I-918 Part 3 "
        "item 28)": (
            "Entró a EE. UU. como polizón (INA 212(a)(6)(D)) (I-914, Parte 4, pregunta 20; "
            "I-918, Parte 3, pregunta 28)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 20 or I-918 Part 3 item 28": (
            "En palabras del cliente: un sí a la pregunta 20 de la Parte 4 del I-914 o a la "
            "pregunta 28 de la Parte 3 del I-918"
        ),
        (
            "Has a communicable disease of public health significance (INA 212(a)(1)(A)(i)) (I-914 "
            "Part 4 item 21.A; I-918 Part 3 item 29.A)"
        ): (
            "Tiene una enfermedad transmisible de importancia para la salud pública (INA "
            "212(a)(1)(A)(i)) (I-914, Parte 4, pregunta 21.A; I-918, Parte 3, pregunta 29.A)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 21.A or I-918 Part 3 item 29.A": (
            "En palabras del cliente: un sí a la pregunta 21.A de la Parte 4 del I-914 o a la "
            "pregunta 29.A de la Parte 3 del I-918"
        ),
        (
            "Physical or mental disorder with associated harmful behavior (INA 212(a)(1)(A)(iii)) "
            "(I-914 Part 4 item 21.B; I-918 Part 3 item 29.B)"
        ): (
            "Trastorno físico o mental con conducta dañina asociada (INA 212(a)(1)(A)(iii)) "
            "(I-914, Parte 4, pregunta 21.B; I-918, Parte 3, pregunta 29.B)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 21.B or I-918 Part 3 item 29.B": (
            "En palabras del cliente: un sí a la pregunta 21.B de la Parte 4 del I-914 o a la "
            "pregunta 29.B de la Parte 3 del I-918"
        ),
        (
            "Is or has been a drug abuser or addict (INA 212(a)(1)(A)(iv)); forced drug use by a "
            "trafficker is relevant to the waiver (I-914 Part 4 item 21.C; I-918 Part 3 item 29.C)"
        ): (
            "Abusa o ha abusado de drogas o es o fue adicto/a (INA 212(a)(1)(A)(iv)); el uso "
            "forzado por el explotador importa para el perdón (I-914, Parte 4, pregunta 21.C; "
            "I-918, Parte 3, pregunta 29.C)"
        ),
        "In the client's words: a yes to I-914 Part 4 item 21.C or I-918 Part 3 item 29.C": (
            "En palabras del cliente: un sí a la pregunta 21.C de la Parte 4 del I-914 o a la "
            "pregunta 29.C de la Parte 3 del I-918"
        ),
        # issue 15 (h15a): I-914 Parts 1-3 details
        'Apartment, suite or floor of that office, e.g. "Ste 400" (I-914 Part 3 item 5)': (
            'Apartamento, suite o piso de esa oficina, p. ej., "Ste 400" (I-914 Parte 3 punto 5)'
        ),
        "City or town of that office (I-914 Part 3 item 5)": (
            "Ciudad o pueblo de esa oficina (I-914 Parte 3 punto 5)"
        ),
        "Daytime telephone number of that office (I-914 Part 3 item 5)": (
            "Teléfono de día de esa oficina (I-914 Parte 3 punto 5)"
        ),
        (
            "In the client's words, what made reporting the trafficking impossible or unsafe "
            "(I-914 Part 3 item 5, a No)"
        ): (
            "En palabras del cliente, qué hizo imposible o peligroso reportar la trata "
            "(I-914 Parte 3 punto 5, un No)"
        ),
        "Receipt number of that earlier I-914 (begins with EAC; I-914 Part 1 item 1.B)": (
            "Número de recibo de ese I-914 anterior (empieza con EAC; I-914 Parte 1 punto 1.B)"
        ),
        (
            "Street number and name of the law-enforcement office the trafficking was reported "
            "to (I-914 Part 3 item 5)"
        ): (
            "Número y nombre de la calle de la oficina policial o de la agencia donde se reportó "
            "la trata (I-914 Parte 3 punto 5)"
        ),
        "The client has applied for T-1 status before (I-914 Part 1 item 1.B; No ticks 1.A)": (
            "El cliente ya solicitó antes el estatus T-1 (I-914 Parte 1 punto 1.B; No marca 1.A)"
        ),
        (
            "The client's most recent entry into the U.S. was on account of the trafficking "
            "(I-914 Part 3 item 9)"
        ): (
            "La entrada más reciente del cliente a los EE. UU. fue a causa de la trata "
            "(I-914 Parte 3 punto 9)"
        ),
        "U.S. state of that office, two letters (I-914 Part 3 item 5)": (
            "Estado de EE. UU. de esa oficina, dos letras (I-914 Parte 3 punto 5)"
        ),
        (
            "USCIS class code of the client's current status, as the I-914 list gives it "
            "(e.g. B2, PAR, EWI; I-914 Part 2 item 20)"
        ): (
            "Código de clase de USCIS de la situación actual del cliente, según la lista del "
            "I-914 (p. ej., B2, PAR, EWI; I-914 Parte 2 punto 20)"
        ),
        "ZIP code of that office (I-914 Part 3 item 5)": (
            "Código postal de esa oficina (I-914 Parte 3 punto 5)"
        ),
        # issue 15 (h15a): I-918 Part 3 items the I-914 does not ask
        (
            "Ordered, incited, committed or assisted the persecution of anyone because of race, "
            "religion, national origin, membership in a particular social group or political "
            "opinion (I-918 Part 3 item 10.F)"
        ): (
            "Ordenó, incitó, cometió o ayudó a perseguir a alguien por su raza, religión, "
            "nacionalidad, pertenencia a un grupo social determinado u opinión política (I-918, "
            "Parte 3, pregunta 10.F)"
        ),
        "In the client's words: a yes to I-918 Part 3 item 10.F": (
            "En palabras del cliente: un sí a la pregunta 10.F de la Parte 3 del I-918"
        ),
        (
            "Ordered, incited, committed or assisted moving anyone from their home by force, "
            "threat, compulsion or duress (I-918 Part 3 item 10.G)"
        ): (
            "Ordenó, incitó, cometió o ayudó a sacar a alguien de su casa por la fuerza, con "
            "amenazas, coacción o presión (I-918, Parte 3, pregunta 10.G)"
        ),
        "In the client's words: a yes to I-918 Part 3 item 10.G": (
            "En palabras del cliente: un sí a la pregunta 10.G de la Parte 3 del I-918"
        ),
        (
            "Advocated, urged or encouraged another person to commit any act of I-918 Part 3 "
            "items 10.A-10.G (I-918 Part 3 item 11)"
        ): (
            "Propuso, instó o animó a otra persona a cometer alguno de los actos de las preguntas"
            " 10.A-10.G de la Parte 3 del I-918 (I-918, Parte 3, pregunta 11)"
        ),
        "In the client's words: a yes to I-918 Part 3 item 11": (
            "En palabras del cliente: un sí a la pregunta 11 de la Parte 3 del I-918"
        ),
        (
            "Served in, belonged to or assisted a group of any kind in which the client or others"
            " transported, possessed or used any weapon (I-918 Part 3 item 13.C)"
        ): (
            "Sirvió en, perteneció a o ayudó a un grupo de cualquier tipo en el que el cliente u "
            "otras personas transportaban, tenían o usaban armas (I-918, Parte 3, pregunta 13.C)"
        ),
        "In the client's words: a yes to I-918 Part 3 item 13.C": (
            "En palabras del cliente: un sí a la pregunta 13.C de la Parte 3 del I-918"
        ),
        (
            "Recruited, enlisted, conscripted or used anyone under 15 to serve in or help an "
            "armed force or group (INA 212(a)(3)(G) screen) (I-918 Part 3 item 15.A)"
        ): (
            "Reclutó, alistó, obligó a servir o usó a menores de 15 años para servir en o ayudar "
            "a una fuerza o grupo armado (control del INA 212(a)(3)(G)) (I-918, Parte 3, pregunta"
            " 15.A)"
        ),
        "In the client's words: a yes to I-918 Part 3 item 15.A": (
            "En palabras del cliente: un sí a la pregunta 15.A de la Parte 3 del I-918"
        ),
        (
            "Used anyone under 15 to take part in hostilities or to help or serve people in "
            "combat (INA 212(a)(3)(G) screen) (I-918 Part 3 item 15.B)"
        ): (
            "Usó a menores de 15 años para participar en hostilidades o para ayudar o servir a "
            "personas en combate (control del INA 212(a)(3)(G)) (I-918, Parte 3, pregunta 15.B)"
        ),
        "In the client's words: a yes to I-918 Part 3 item 15.B": (
            "En palabras del cliente: un sí a la pregunta 15.B de la Parte 3 del I-918"
        ),
        (
            "Was a J exchange visitor subject to the two-year foreign residence requirement, not "
            "yet met or waived (INA 212(e); not an INA 212(a) ground) (I-918 Part 3 item 25)"
        ): (
            "Fue visitante de intercambio J sujeto al requisito de residencia de dos años en el "
            "extranjero, aún no cumplido ni dispensado (INA 212(e); no es una causal del INA "
            "212(a)) (I-918, Parte 3, pregunta 25)"
        ),
        "In the client's words: a yes to I-918 Part 3 item 25": (
            "En palabras del cliente: un sí a la pregunta 25 de la Parte 3 del I-918"
        ),
        # interview answers no section lists yet (counsel, fee waiver, spouse, admissibility, ...)
        "The client's nationality (citizenship) at birth, if different from today's": (
            "La nacionalidad (ciudadanía) del cliente al nacer, si es distinta de la actual"
        ),
        "The client's race, ethnic or tribal group, in the client's own words": (
            "La raza, el grupo étnico o la tribu del cliente, en sus propias palabras"
        ),
        "The client's religion, if any, in the client's own words": (
            "La religión del cliente, si tiene alguna, en sus propias palabras"
        ),
        "The client speaks English fluently": "El cliente habla inglés con fluidez",
        "Other languages the client speaks fluently (besides the native language)": (
            "Otros idiomas que el cliente habla con fluidez (además de su lengua materna)"
        ),
        "Number of a travel document other than a passport (e.g. refugee travel document), if "
        "any": (
            "Número de un documento de viaje distinto del pasaporte (p. ej., documento de viaje de "
            "refugiado), si lo tiene"
        ),
        "Date the client last left the country of feared harm": (
            "Fecha en que el cliente salió por última vez del país donde teme sufrir daño"
        ),
        "The client has ever been in Immigration Court (removal, exclusion or deportation) "
        "proceedings": (
            "El cliente ha estado alguna vez en un proceso ante la Corte de Inmigración (expulsión,"
            " exclusión o deportación)"
        ),
        "Date the status or authorized stay from the client's most recent entry expires or "
        "expired": (
            "Fecha en que vence o venció el estatus o la estancia autorizada de la entrada más "
            "reciente del cliente"
        ),
        "The client has any children (of any age, anywhere, alive)": (
            "El cliente tiene hijos (de cualquier edad, en cualquier lugar, vivos)"
        ),
        "The client's mother has died": "La madre del cliente ha fallecido",
        "The client's father has died": "El padre del cliente ha fallecido",
        "Telephone number at the mailing address, if different from the client's own safe number": (
            "Teléfono de la dirección postal, si es distinto del número seguro del cliente"
        ),
        "The client's safe mobile telephone number (I-765 Part 3), if different from the main "
        "one": (
            "El número de teléfono móvil seguro del cliente (Parte 3 del I-765), si es distinto del"
            " principal"
        ),
        "Date of the client's current marriage": "Fecha del matrimonio actual del cliente",
        "City and country where the client's current marriage took place": (
            "Ciudad y país donde se celebró el matrimonio actual del cliente"
        ),
        "The spouse's family name before marriage (maiden name), if different": (
            "El apellido de soltera del cónyuge, si es distinto"
        ),
        "The spouse's middle name": "El segundo nombre del cónyuge",
        "The spouse's race, ethnic or tribal group": (
            "La raza, el grupo étnico o la tribu del cónyuge"
        ),
        "The spouse's passport or national ID card number, if any": (
            "El número de pasaporte o de documento nacional de identidad del cónyuge, si lo tiene"
        ),
        "The spouse's U.S. Social Security number, if any": (
            "El número de Seguro Social de EE. UU. del cónyuge, si lo tiene"
        ),
        "The spouse is now in Immigration Court proceedings": (
            "El cónyuge está ahora en un proceso ante la Corte de Inmigración"
        ),
        "Place of the spouse's last entry into the U.S.": (
            "Lugar de la última entrada del cónyuge a EE. UU."
        ),
        "Date of the spouse's last entry into the U.S.": (
            "Fecha de la última entrada del cónyuge a EE. UU."
        ),
        "The spouse's I-94 number, if any": "El número I-94 del cónyuge, si lo tiene",
        "The spouse's status when last admitted (visa type, if any)": (
            "El estatus del cónyuge cuando fue admitido por última vez (tipo de visa, si tenía)"
        ),
        "The spouse's current immigration status": "El estatus migratorio actual del cónyuge",
        "Date the spouse's authorized stay expires, if any": (
            "Fecha en que vence la estancia autorizada del cónyuge, si la tiene"
        ),
        "Date of the spouse's previous arrival in the U.S., if they were here before": (
            "Fecha de la llegada anterior del cónyuge a EE. UU., si estuvo aquí antes"
        ),
        "State or province where the client was born (I-765 item 15.b, I-914 Part 2 item 11)": (
            "Estado o provincia donde nació el cliente (I-765 punto 15.b, I-914 Parte 2 punto 11)"
        ),
        "Date the client's passport or travel document was issued": (
            "Fecha de expedición del pasaporte o documento de viaje del cliente"
        ),
        "The client has filed a Form I-765 (work permit application) before": (
            "El cliente ya presentó antes un Formulario I-765 (solicitud de permiso de trabajo)"
        ),
        "The client wants a work permit (EAD) requested with the I-914 (Part 3 item 10)": (
            "El cliente quiere que se pida un permiso de trabajo (EAD) junto con el I-914 (Parte 3 "
            "punto 10)"
        ),
        "A federal agency (HSI, FBI, US Attorney, DOL-OIG, DSS) is involved in the case or "
        "partners with the local agency": (
            "Una agencia federal (HSI, FBI, Fiscalía federal, DOL-OIG, DSS) participa en el caso o "
            "colabora con la agencia local"
        ),
        "The agency has said it will submit a Continued Presence request to ICE CCHT": (
            "La agencia dijo que presentará una solicitud de Presencia Continuada ante ICE CCHT"
        ),
        "After neutral counselling, the client agrees to counsel asking the agency to request CP": (
            "Después de recibir asesoría neutral, el cliente acepta que su abogado pida a la "
            "agencia que solicite la Presencia Continuada"
        ),
        "Date counsel plans to file the I-918 (for the 6-month Supp B freshness check)": (
            "Fecha en que el abogado piensa presentar el I-918 (para comprobar que el Suplemento B "
            "tenga menos de 6 meses)"
        ),
        "Counsel requests the fee waiver because the client, spouse or head of household "
        "receives a means-tested benefit (I-912 Part 1.A)": (
            "El abogado pide la exención de tarifas porque el cliente, su cónyuge o el jefe del "
            "hogar recibe un beneficio basado en los ingresos (I-912 Parte 1.A)"
        ),
        "Counsel requests the fee waiver because household income is at or below 150 percent of "
        "the Federal Poverty Guidelines (I-912 Part 1.B)": (
            "El abogado pide la exención de tarifas porque los ingresos del hogar son iguales o "
            "inferiores al 150 por ciento de las Pautas Federales de Pobreza (I-912 Parte 1.B)"
        ),
        "Counsel requests the fee waiver because of financial hardship (I-912 Part 1.C)": (
            "El abogado pide la exención de tarifas por dificultades económicas (I-912 Parte 1.C)"
        ),
        "The client's employment status (I-912 Part 5 item 1)": (
            "La situación laboral del cliente (I-912 Parte 5 punto 1)"
        ),
        "The client's own words when the employment status is \"other\" (I-912 Part 5 item 1)": (
            "Las propias palabras del cliente cuando la situación laboral es \"otra\" "
            "(I-912 Parte 5 punto 1)"
        ),
        "The unemployed client now receives unemployment benefits (I-912 Part 5 item 2)": (
            "El cliente desempleado recibe ahora beneficios por desempleo (I-912 Parte 5 punto 2)"
        ),
        "Date the client became unemployed (I-912 Part 5 item 2.A)": (
            "Fecha en que el cliente quedó desempleado (I-912 Parte 5 punto 2.A)"
        ),
        "Number of people in the client's household, including the client (I-912 Part 5 item 3)": (
            "Número de personas en el hogar del cliente, incluido el cliente (I-912 Parte 5 punto "
            "3)"
        ),
        "Number of household members who earn income, including the client (I-912 Part 5 item 4)": (
            "Número de miembros del hogar que tienen ingresos, incluido el cliente (I-912 Parte 5 "
            "punto 4)"
        ),
        "Name of the head of household, if not the client (I-912 Part 5 item 5)": (
            "Nombre del jefe del hogar, si no es el cliente (I-912 Parte 5 punto 5)"
        ),
        "The client's own annual income in U.S. dollars (I-912 Part 5 item 6)": (
            "Los ingresos anuales propios del cliente, en dólares estadounidenses (I-912 Parte 5 "
            "punto 6)"
        ),
        "Annual income of all other household members counted, in U.S. dollars (I-912 Part 5 "
        "item 7)": (
            "Ingresos anuales de todos los demás miembros del hogar que se cuentan, en dólares "
            "estadounidenses (I-912 Parte 5 punto 7)"
        ),
        "Marital status, income or dependents changed since the last federal tax return (I-912 "
        "Part 5 item 9)": (
            "El estado civil, los ingresos o los dependientes cambiaron desde la última declaración"
            " de impuestos federales (I-912 Parte 5 punto 9)"
        ),
        "The client's age, maturity or personal circumstances would make removal especially hard": (
            "La edad, la madurez o las circunstancias personales del cliente harían la deportación "
            "especialmente difícil"
        ),
        "Serious physical or mental illness needing care not reasonably available in the home "
        "country": (
            "Una enfermedad física o mental grave que necesita atención que no está razonablemente "
            "disponible en el país de origen"
        ),
        "Serious physical or psychological consequences of the trafficking continue": (
            "Continúan las consecuencias físicas o psicológicas graves de la trata"
        ),
        "Removal would cut the client off from U.S. courts (restitution, 18 USC 1595 suit, "
        "protection orders)": (
            "La deportación impediría al cliente acudir a los tribunales de EE. UU. (restitución, "
            "demanda bajo el 18 USC 1595, órdenes de protección)"
        ),
        "Home-country laws or customs would punish, shun or stigmatise the client for what "
        "happened": (
            "Las leyes o costumbres del país de origen castigarían, rechazarían o estigmatizarían "
            "al cliente por lo que le pasó"
        ),
        "The client could be trafficked again and home authorities could not or would not "
        "protect them": (
            "El cliente podría volver a ser víctima de trata y las autoridades de su país no "
            "podrían o no querrían protegerlo"
        ),
        "The traffickers or their agents could harm the client or family on return": (
            "Los tratantes o sus agentes podrían hacer daño al cliente o a su familia a su regreso"
        ),
        "Civil unrest or armed conflict in the home region": (
            "Disturbios civiles o conflicto armado en la región de origen"
        ),
        "The client is now in the U.S., American Samoa, the CNMI or at a U.S. port of entry": (
            "El cliente está ahora en EE. UU., Samoa Americana, la CNMI o en un puerto de entrada "
            "de EE. UU."
        ),
        "The client is in the U.S. because of the trafficking (still trafficked, recently freed,"
        " ongoing treatment, investigation or litigation, or let in to take part in it)": (
            "El cliente está en EE. UU. a causa de la trata (sigue siendo víctima, fue liberado "
            "hace poco, recibe tratamiento, hay una investigación o un juicio, o se le permitió "
            "entrar para participar en ellos)"
        ),
        "The client left the U.S. at any time after the trafficking began (high-priority T-E2 "
        "flag)": (
            "El cliente salió de EE. UU. en algún momento después de que empezó la trata (alerta de"
            " alta prioridad T-E2)"
        ),
        "T or U status already granted, if any": "Estatus T o U ya otorgado, si lo hay",
        "Date T or U status was first granted (admission in status)": (
            "Fecha en que se otorgó por primera vez el estatus T o U (admisión con ese estatus)"
        ),
        "Law enforcement freed the client from the trafficking at any time before filing (8 CFR "
        "214.207(a)(2))": (
            "Las autoridades del orden público liberaron al cliente de la trata en algún momento "
            "antes de presentar la solicitud (8 CFR 214.207(a)(2))"
        ),
        "The client escaped the trafficking before law enforcement became involved (8 CFR "
        "214.207(a)(3))": (
            "El cliente escapó de la trata antes de que intervinieran las autoridades del orden "
            "público (8 CFR 214.207(a)(3))"
        ),
        "After a departure from the U.S. following the trafficking, which 8 CFR 214.207(b) "
        "circumstance explains the return (VERIFY the exact list against the regulation), or "
        "none": (
            "Después de una salida de EE. UU. posterior a la trata, qué circunstancia del 8 CFR "
            "214.207(b) explica el regreso (VERIFY la lista exacta con el reglamento), o ninguna"
        ),
        "The principal's I-914 filing date, planned or actual; derivative ages are fixed on it "
        "(INA 214(o)(4)-(5); 8 CFR 214.211)": (
            "La fecha de presentación del I-914 del solicitante principal, prevista o real; las "
            "edades de los derivados se fijan en ella (INA 214(o)(4)-(5); 8 CFR 214.211)"
        ),
        "A filing date set by the immigration court (e.g. the date applications are due)": (
            "Una fecha de presentación fijada por la corte de inmigración (p. ej., la fecha límite "
            "para las solicitudes)"
        ),
        "The client used or was given false papers, or someone gave false information for them "
        "(212(a)(6)(C)(i) screen)": (
            "El cliente usó o recibió documentos falsos, o alguien dio información falsa en su "
            "nombre (revisión de 212(a)(6)(C)(i))"
        ),
        "The client was made to, or did, engage in commercial sex within the last 10 years "
        "(212(a)(2)(D) conduct ground; waivable)": (
            "Obligaron al cliente a ejercer el comercio sexual, o lo ejerció, en los últimos 10 "
            "años (causal de conducta 212(a)(2)(D); admite perdón)"
        ),
        "Any drug-related arrest, conviction or admission (212(a)(2)(A)(i)(II), 212(a)(2)(C) "
        "screen)": (
            "Cualquier arresto, condena o admisión relacionados con drogas (revisión de "
            "212(a)(2)(A)(i)(II) y 212(a)(2)(C))"
        ),
        "The client helped anyone else enter the U.S. unlawfully, including under pressure "
        "(212(a)(6)(E) screen)": (
            "El cliente ayudó a otra persona a entrar ilegalmente a EE. UU., incluso bajo presión "
            "(revisión de 212(a)(6)(E))"
        ),
        "The client left the U.S. after more than 180 days without status and came back "
        "(212(a)(9)(B) screen)": (
            "El cliente salió de EE. UU. después de más de 180 días sin estatus y regresó (revisión"
            " de 212(a)(9)(B))"
        ),
        "Any security- or terrorism-related issue (212(a)(3); not waivable under 212(d)(13)); "
        "attorney review": (
            "Cualquier asunto relacionado con la seguridad o el terrorismo (212(a)(3); no admite "
            "perdón bajo 212(d)(13)); revisión del abogado"
        ),
        "The conduct making the client inadmissible was caused by, or incident to, the "
        "victimization (212(d)(13)(B))": (
            "La conducta que hace inadmisible al cliente fue causada por la victimización o estuvo "
            "relacionada con ella (212(d)(13)(B))"
        ),
        "Nazi persecution, genocide, torture or extrajudicial killing (INA 212(a)(3)(E)); the "
        "one ground INA 212(d)(14) cannot waive": (
            "Persecución nazi, genocidio, tortura o ejecución extrajudicial (INA 212(a)(3)(E)); la "
            "única causal que el INA 212(d)(14) no puede perdonar"
        ),
        "The client was alone with the legal team, in a private place, when the interview began": (
            "El cliente estaba a solas con el equipo legal, en un lugar privado, cuando empezó la "
            "entrevista"
        ),
        "The interpreter (if any) is not connected to anyone involved and is not family or a "
        "child": (
            "El intérprete (si lo hay) no tiene relación con nadie involucrado y no es un familiar "
            "ni un menor"
        ),
        "The interviewer gender the client asked for": (
            "El género del entrevistador que pidió el cliente"
        ),
        "Purpose, length and confidentiality (and its limits) were explained in the client's "
        "language": (
            "Se explicaron al cliente, en su idioma, el propósito, la duración y la "
            "confidencialidad (y sus límites)"
        ),
        "The client was told they may stop, pause or skip at any time": (
            "Se dijo al cliente que puede parar, hacer una pausa u omitir una pregunta en cualquier"
            " momento"
        ),
        "Immediate needs (safety, shelter, food, medical) were checked before any question": (
            "Se revisaron las necesidades inmediatas (seguridad, albergue, comida, atención médica)"
            " antes de cualquier pregunta"
        ),
        "Immediate needs the client had at the opening of the interview": (
            "Necesidades inmediatas que tenía el cliente al comenzar la entrevista"
        ),
        "Date the opening checklist was last recorded": (
            "Fecha en que se registró por última vez la lista de apertura"
        ),
        "Counsel's family name (last name), as on the bar admission or accreditation": (
            "Apellido(s) del abogado, como aparece(n) en su admisión al colegio de abogados o su "
            "acreditación"
        ),
        "Counsel's given name (first name)": "Nombre de pila del abogado",
        "Counsel's middle name, if any": "Segundo nombre del abogado, si lo tiene",
        "Counsel's USCIS online account number, if any (12 digits)": (
            "Número de cuenta en línea de USCIS del abogado, si lo tiene (12 dígitos)"
        ),
        "Counsel's office street number and name": (
            "Número y nombre de la calle de la oficina del abogado"
        ),
        "Counsel's office apartment, suite or floor (e.g. \"Ste 400\")": (
            "Apartamento, suite o piso de la oficina del abogado (p. ej., \"Ste 400\")"
        ),
        "Counsel's office city or town": "Ciudad o pueblo de la oficina del abogado",
        "Counsel's office state (two-letter code)": (
            "Estado de la oficina del abogado (código de dos letras)"
        ),
        "Counsel's office ZIP or postal code": "Código postal (ZIP) de la oficina del abogado",
        "Counsel's office province, if outside the U.S.": (
            "Provincia de la oficina del abogado, si está fuera de EE. UU."
        ),
        "Counsel's office country": "País de la oficina del abogado",
        "Counsel's daytime telephone number": "Teléfono diurno del abogado",
        "Counsel's mobile telephone number, if any": "Teléfono móvil del abogado, si lo tiene",
        "Counsel's fax number, if any": "Número de fax del abogado, si lo tiene",
        "Counsel's email address": "Correo electrónico del abogado",
        "Counsel is an attorney eligible to practise law in, and a member in good standing of "
        "the bar of, a U.S. state or territory": (
            "El abogado está habilitado para ejercer y es miembro activo y en regla del colegio de "
            "abogados de un estado o territorio de EE. UU."
        ),
        "The authority that licensed counsel to practise law (e.g. the state's highest court)": (
            "La autoridad que otorgó al abogado la licencia para ejercer (p. ej., el tribunal "
            "supremo del estado)"
        ),
        "Counsel's bar number, if the licensing authority issues one": (
            "Número de colegiado del abogado, si la autoridad que otorga la licencia lo asigna"
        ),
        "Counsel is subject to an order suspending, enjoining, restraining, disbarring or "
        "otherwise restricting them in the practice of law": (
            "El abogado está sujeto a una orden que lo suspende, le prohíbe, le restringe o lo "
            "inhabilita para ejercer la abogacía, o limita su ejercicio de otro modo"
        ),
        "Name of counsel's law firm or organization, if any": (
            "Nombre del bufete o la organización del abogado, si lo hay"
        ),
        "Counsel is an accredited representative of a recognized organization (DOJ R&A program)": (
            "El abogado es un representante acreditado de una organización reconocida (programa R&A"
            " del DOJ)"
        ),
        "Name of the recognized organization counsel is accredited through": (
            "Nombre de la organización reconocida por medio de la cual está acreditado el abogado"
        ),
        "Date counsel's accreditation expires": "Fecha en que vence la acreditación del abogado",
        "Why the client left their home country, in the client's words": (
            "Por qué el cliente salió de su país de origen, en sus propias palabras"
        ),
        "What the client was told or promised before leaving or starting (job, pay, housing, "
        "papers), in the client's words": (
            "Qué le dijeron o prometieron al cliente antes de salir o de empezar (trabajo, pago, "
            "vivienda, papeles), en sus propias palabras"
        ),
        "How the client travelled to the United States (route, who travelled with them), in the "
        "client's words": (
            "Cómo viajó el cliente a Estados Unidos (ruta, quién viajó con él), en sus propias "
            "palabras"
        ),
        "Who arranged the client's journey to the United States": (
            "Quién organizó el viaje del cliente a Estados Unidos"
        ),
        "Who paid for the client's journey to the United States": (
            "Quién pagó el viaje del cliente a Estados Unidos"
        ),
        "How the client has supported themselves since coming to the United States, in the "
        "client's words": (
            "Cómo se ha mantenido el cliente desde que llegó a Estados Unidos, en sus propias "
            "palabras"
        ),
        "The client's own account of what happened, typed by the attorney from the optional "
        "free-narrative step (read by the declaration narrative blocks)": (
            "El relato del propio cliente sobre lo que pasó, escrito por el abogado en el paso "
            "opcional de relato libre"
        ),
        # tooltips: what each client field and group column means
        "Legal family name (last name)": "Apellido(s) legal(es)",
        "Legal given name (first name)": "Nombre de pila legal",
        "Legal middle name": "Segundo nombre legal",
        "Name the client prefers to be called": (
            "Nombre con el que el cliente prefiere que le llamen"
        ),
        "Precision of the date of birth: day, month or year": (
            "Precisión de la fecha de nacimiento: día exacto, mes y año, o solo el año"
        ),
        "Sex as on identity documents: F, M or X": (
            "Sexo según los documentos de identidad: femenino, masculino u otro (X)"
        ),
        "Gender identity in the client's words": "Identidad de género, en las palabras del cliente",
        "single, married, divorced, widowed, separated or annulled": (
            "Soltero, casado, divorciado, viudo, separado o con matrimonio anulado"
        ),
        "City or town of birth": "Ciudad o pueblo de nacimiento",
        "Countries of citizenship or nationality": "Países de ciudadanía o nacionalidad",
        "Languages and dialects spoken": "Idiomas y dialectos que habla",
        "Best language for interviews": "El mejor idioma para las entrevistas",
        "Reading ability in the primary language: none, some, fluent": (
            "Capacidad de lectura en el idioma principal: ninguna, algo, con fluidez"
        ),
        "Needs an interpreter for interviews and read-back": (
            "Necesita un intérprete para las entrevistas y para la lectura de lo declarado"
        ),
        "Alien Registration Number, digits only (8 or 9)": (
            "Número de registro de extranjero (número A), solo dígitos (8 o 9)"
        ),
        "USCIS online account number": "Número de cuenta en línea de USCIS",
        "U.S. Social Security number, digits only": (
            "Número de Seguro Social de EE. UU., solo dígitos"
        ),
        "Most recent I-94 record number": "Número del registro I-94 más reciente",
        "Country that issued the passport": "País que expidió el pasaporte",
        "Passport expiry date": "Fecha de vencimiento del pasaporte",
        "Safe phone number": "Número de teléfono seguro",
        "Safe e-mail address": "Correo electrónico seguro",
        "How it is safe to contact the client": "Cómo es seguro comunicarse con el cliente",
        "U.S. state of residence (two-letter code)": (
            "Estado de EE. UU. donde vive (código de dos letras)"
        ),
        "County of residence": "Condado donde vive",
        "Federal circuit of residence, e.g. 2nd": "Circuito federal donde vive, p. ej., 2.º",
        "Current immigration status in plain words": (
            "Estatus migratorio actual, en palabras sencillas"
        ),
        "Currently in immigration detention": "Está ahora en detención migratoria",
        "Currently in removal proceedings": "Está ahora en un proceso de deportación",
        "Immigration court of the proceedings": "Corte de inmigración del proceso",
        "Has ever been ordered removed": "Alguna vez recibió una orden de deportación",
        "Date of last arrival in the United States": "Fecha de la última llegada a Estados Unidos",
        "Port or place of last arrival": "Puerto o lugar de la última llegada",
        "Manner of last arrival: admitted, paroled, without inspection, other": (
            "Forma de la última llegada: admitido, con permiso de permanencia temporal (parole), "
            "sin inspección, otra"
        ),
        "Attorney intake notes": "Notas de admisión del abogado",
        "Channels or people that must never be used to reach the client": (
            "Medios o personas que nunca deben usarse para comunicarse con el cliente"
        ),
        "USCIS receipt numbers of pending or past filings": (
            "Números de recibo de USCIS de trámites pendientes o anteriores"
        ),
        "FBI number (UCN) from a rap sheet, if any": (
            "Número del FBI (UCN) de un historial de antecedentes penales, si lo hay"
        ),
        "State identification number (SID) from a rap sheet": (
            "Número de identificación estatal (SID) de un historial de antecedentes penales"
        ),
        "Other name used, including names used at arrest": (
            "Otro nombre usado, incluidos los nombres usados en un arresto"
        ),
        "Where the name was used: arrest, documents, work, other": (
            "Dónde se usó el nombre: arresto, documentos, trabajo, otro"
        ),
        "Kind of address: physical, mailing, safe mailing, foreign or last address abroad": (
            "Tipo de dirección: física, postal, postal segura, en el extranjero o la última en el "
            "extranjero"
        ),
        "In care of name (for a safe mailing address)": (
            "Nombre de la persona a cargo (\"in care of\", para una dirección postal segura)"
        ),
        "Street number and name": "Número y nombre de la calle",
        "Apartment, suite or floor": "Apartamento, suite o piso",
        "City or town": "Ciudad o pueblo",
        "State or province": "Estado o provincia",
        "ZIP or postal code": "Código postal",
        "Lived here from": "Vivió aquí desde",
        "Lived here until (empty if current)": "Vivió aquí hasta (vacío si es la dirección actual)",
        "entry or exit": "Entrada o salida",
        "Date of entry or exit": "Fecha de la entrada o la salida",
        "day, month or year": "Precisión de la fecha: día exacto, mes y año, o solo el año",
        "Port or place of entry or exit": "Puerto o lugar de la entrada o la salida",
        "admitted, paroled, without inspection, other": (
            "Admitido, con permiso de permanencia temporal (parole), sin inspección, otra"
        ),
        "Visa or status at entry, e.g. B-2, H-2A": "Visa o estatus al entrar, p. ej., B-2, H-2A",
        "I-94 number for this entry": "Número I-94 de esta entrada",
        "Entry happened after the trafficking began": (
            "La entrada ocurrió después de que empezó la trata"
        ),
        "Purpose of the trip in plain words": "Propósito del viaje, en palabras sencillas",
        "Kind of document: passport, national ID, birth certificate, visa or other": (
            "Tipo de documento: pasaporte, documento nacional de identidad, acta de nacimiento, "
            "visa, otro"
        ),
        "Document number": "Número del documento",
        "Issuing country or authority": "País o autoridad que lo expidió",
        "Who holds it: the client, the trafficker, law enforcement, or lost": (
            "Quién lo tiene: el cliente, el tratante, las autoridades, o se perdió"
        ),
        "Form number, e.g. I-589": "Número del formulario, p. ej., I-589",
        "Date filed": "Fecha de presentación",
        "USCIS receipt number": "Número de recibo de USCIS",
        "pending, approved, denied, withdrawn": "Pendiente, aprobada, negada, retirada",
        "Who prepared it (attorney, notario, self)": (
            "Quién lo preparó (abogado, notario, el propio cliente)"
        ),
        "Prepared by an unlicensed preparer or notario": (
            "Lo preparó un notario o un preparador sin licencia"
        ),
        "Relationship to the client: spouse, child, stepchild, parent, sibling, or child of a "
        "derivative family member": (
            "Parentesco con el cliente: cónyuge, hijo, hijastro, padre o madre, hermano, o hijo "
            "de un familiar derivado"
        ),
        "F, M or X": "Femenino, masculino u otro (X)",
        "single, married, divorced, widowed": "Soltero, casado, divorciado, viudo",
        "City where they live now": "Ciudad donde vive ahora",
        "Country where they live now": "País donde vive ahora",
        "Lives in the United States now": "Vive ahora en Estados Unidos",
        "Their A-number, if any": "Su número A, si lo tiene",
        "Faces present danger of retaliation because of the client's escape or cooperation": (
            "Corre peligro actual de represalias por la huida o la cooperación del cliente"
        ),
        "What shows the danger of retaliation": "Qué muestra el peligro de represalias",
        "Attorney plans to include as a derivative": "El abogado piensa incluirlo como derivado",
        "Is a U.S. citizen (never a derivative)": "Es ciudadano de EE. UU. (nunca es derivado)",
        "Took part in the trafficking or crime against the client (never a derivative)": (
            "Participó en la trata o en el delito contra el cliente (nunca es derivado)"
        ),
        "Date the relationship began (marriage, birth, adoption or step-relationship)": (
            "Fecha en que empezó la relación (matrimonio, nacimiento, adopción o relación de "
            "padrastro o hijastro)"
        ),
        "For a child of a derivative (T-6): the given name of that derivative family member": (
            "Para el hijo de un derivado (T-6): el nombre de pila de ese familiar derivado"
        ),
        "Kind: sex trafficking, labor trafficking, both, or another crime": (
            "Tipo: trata sexual, trata laboral, ambas, u otro delito"
        ),
        "When it began": "Cuándo empezó",
        "When it ended": "Cuándo terminó",
        "City or town where it happened": "Ciudad o pueblo donde ocurrió",
        "U.S. state (or region abroad)": "Estado de EE. UU. (o región en el extranjero)",
        "Country where it happened": "País donde ocurrió",
        "Happened in the United States or its territories": (
            "Ocurrió en Estados Unidos o en sus territorios"
        ),
        "Who did it: names, roles, relationship": "Quién lo hizo: nombres, papeles, relación",
        "How the client was recruited and what was promised": (
            "Cómo reclutaron al cliente y qué le prometieron"
        ),
        "recruited, harbored, transported, provided, obtained, patronized, solicited": (
            "Qué hicieron con el cliente: reclutar, alojar, transportar, entregar, obtener, pagar "
            "por sexo o solicitarlo"
        ),
        "Means used: force, fraud, coercion, threats, restraint, debt, taking the client's "
        "documents, abuse of legal process": (
            "Medios usados: fuerza, fraude, coacción, amenazas, encierro, deudas, quitarle los "
            "documentos, abuso del proceso legal"
        ),
        "Force, fraud or coercion in the client's words": (
            "Fuerza, fraude o coacción, en las palabras del cliente"
        ),
        "Labor or services performed, or commercial sex": (
            "Trabajo o servicios realizados, o sexo comercial"
        ),
        "Labor, services or a sex act was performed": (
            "Se realizó trabajo, servicios o un acto sexual"
        ),
        "Pay, deductions and debts": "Pago, descuentos y deudas",
        "Could leave freely": "Podía irse libremente",
        "How it ended: escape, rescue, raid, other": "Cómo terminó: huida, rescate, redada, otro",
        "Date the client escaped or it ended": "Fecha en que el cliente escapó o en que terminó",
        "Qualifying criminal activity types (U visa), e.g. domestic violence, trafficking": (
            "Tipos de actividad delictiva que califican (visa U), p. ej., violencia doméstica, "
            "trata"
        ),
        "Physical and mental harm suffered": "Daño físico y mental sufrido",
        "Was reported to law enforcement": "Se denunció a las autoridades del orden público",
        "Agency name": "Nombre de la agencia",
        "federal, state, local, tribal, or foreign (police outside the U.S.)": (
            "Federal, estatal, local, tribal o extranjera (policía fuera de EE. UU.)"
        ),
        "Officer or agent name and title": "Nombre y cargo del oficial o agente",
        "Officer phone or e-mail": "Teléfono o correo electrónico del oficial",
        "Agency case number": "Número de caso de la agencia",
        "Date of the contact": "Fecha del contacto",
        "report, interview, identification, testimony, other": (
            "Denuncia, entrevista, identificación, testimonio, otro"
        ),
        "What law enforcement asked the client to do": "Qué pidieron las autoridades al cliente",
        "complied, declined, partially, pending": "Cumplió, se negó, cumplió en parte, pendiente",
        "Why the client did not comply": "Por qué el cliente no cumplió",
        "Not complying was due to trauma": "No cumplir se debió al trauma",
        "I-914B, I-918B or other": "I-914B, I-918B u otro",
        "Certifying agency": "Agencia certificadora",
        "Name of the signing official": "Nombre del funcionario que firma",
        "Title of the signing official": "Cargo del funcionario que firma",
        "Date requested": "Fecha de la solicitud",
        "Date the official signed": "Fecha en que firmó el funcionario",
        "Status: not requested, requested, signed or refused": (
            "Estado: no solicitada, solicitada, firmada o rechazada"
        ),
        "Law-enforcement agency asked to request Continued Presence": (
            "Agencia del orden público a la que se pidió solicitar la Presencia Continuada"
        ),
        "Date the agency submitted the request": "Fecha en que la agencia presentó la solicitud",
        "Status: not requested, asked the agency, submitted, granted or denied": (
            "Estado: no solicitada, se pidió a la agencia, presentada, otorgada o negada"
        ),
        "Grant date": "Fecha de otorgamiento",
        "Expiry date of the current grant": "Fecha de vencimiento del otorgamiento actual",
        "Date of arrest": "Fecha del arresto",
        "State (two-letter code)": "Estado (código de dos letras)",
        "Court name": "Nombre del tribunal",
        "Docket or case number": "Número de expediente o de caso",
        "Charge at arrest": "Cargo en el arresto",
        "Offence of conviction (or charge if not convicted)": (
            "Delito de la condena (o el cargo si no hubo condena)"
        ),
        "Statute of the offence, e.g. PL 230.00": "Ley del delito, p. ej., PL 230.00",
        "prostitution, loitering, drug, theft, immigration, violent, other": (
            "Prostitución, merodeo, drogas, robo, inmigración, violento, otro"
        ),
        "convicted, adjudicated, dismissed, pending, acquitted, vacated, sealed": (
            "Condenado, adjudicado, desestimado, pendiente, absuelto, anulado, sellado"
        ),
        "Date of the disposition": "Fecha de la resolución",
        "Name used at arrest": "Nombre usado en el arresto",
        "The offence was committed as a direct result of being trafficked": (
            "El delito se cometió como resultado directo de ser víctima de trata"
        ),
        "How the trafficking caused the offence": "Cómo la trata causó el delito",
        "Certificate of disposition or rap sheet obtained": (
            "Se obtuvo el certificado de resolución o el historial de antecedentes penales"
        ),
        "To whom: police, CBP, asylum officer, NGO, court, other": (
            "A quién: policía, CBP, oficial de asilo, organización sin fines de lucro, tribunal, "
            "otro"
        ),
        "Date of the statement": "Fecha de la declaración",
        "Language used": "Idioma usado",
        "An interpreter was used": "Se usó un intérprete",
        "Made in custody or under duress": "Hecha bajo custodia o bajo coacción",
        "What was said": "Qué se dijo",
        "Differences from the current account": "Diferencias con el relato actual",
        "Where and how: custody, raid, interview room, shelter, court": (
            "Dónde y cómo: bajo custodia, en una redada, en una sala de entrevistas, en un "
            "albergue, en un tribunal"
        ),
        "A lawyer for the client was present": "Estuvo presente un abogado del cliente",
        "The statement was recorded or transcribed": "La declaración se grabó o se transcribió",
        "The attorney has a copy of the statement": "El abogado tiene una copia de la declaración",
        "Why it differs: trauma, interpreter error, fear, trafficker's instructions, notario": (
            "Por qué es distinta: trauma, error del intérprete, miedo, instrucciones del tratante, "
            "notario"
        ),
        "Exhibit letter, assigned at packet time if empty": (
            "Letra de la prueba; se asigna al armar el paquete si está vacía"
        ),
        "What the document is, e.g. Birth certificate": (
            "Qué es el documento, p. ej., acta de nacimiento"
        ),
        "Path to the file on this computer": "Ubicación del archivo en esta computadora",
        "Date of the document": "Fecha del documento",
        "Language of the original": "Idioma del original",
        "Translation: not needed, needed, translated or certified": (
            "Traducción: no hace falta, hace falta, traducido, certificado"
        ),
        "Reliefs this exhibit supports, e.g. T visa": (
            "Beneficios que apoya esta prueba, p. ej., la visa T"
        ),
        "Legal element ids it proves, e.g. T-E1": "Elementos legales que prueba, p. ej., T-E1",
        "Topic or question id the note is about": "Tema o pregunta a la que se refiere la nota",
        "Note text": "Texto de la nota",
        "Who wrote it": "Quién la escribió",
        "Names and aliases the perpetrator uses": "Nombres y alias que usa el agresor",
        "Role: recruiter, trafficker, employer, abuser, transporter, other": (
            "Papel: reclutador, tratante, empleador, agresor, transportista, otro"
        ),
        "Relationship to the client": "Relación con el cliente",
        "Where the perpetrator is now, if known": "Dónde está ahora el agresor, si se sabe",
        "Ties to police, officials or gangs in the home country or here": (
            "Vínculos con la policía, funcionarios o pandillas en el país de origen o aquí"
        ),
        "Threats made to the client or the family": "Amenazas hechas al cliente o a su familia",
        "A prohibited source under 8 USC 1367(a)(1): information from them alone cannot ground "
        "an adverse decision": (
            "Una fuente prohibida según el 8 USC 1367(a)(1): su información por sí sola no puede "
            "fundamentar una decisión desfavorable"
        ),
        "Any current contact with the client": "Cualquier contacto actual con el cliente",
        "Name of the prior representative or preparer": (
            "Nombre del representante o preparador anterior"
        ),
        "A licensed attorney or accredited representative": (
            "Un abogado con licencia o un representante acreditado"
        ),
        "An unlicensed notario or preparer": "Un notario o preparador sin licencia",
        "What they prepared or filed, with dates": "Qué preparó o presentó, con fechas",
        "A bar or consumer complaint was filed": (
            "Se presentó una queja ante el colegio de abogados o de protección al consumidor"
        ),
        "Steps taken for an ineffective-assistance (Lozada) claim": (
            "Pasos dados para un reclamo por asistencia ineficaz (Lozada)"
        ),
        "The declaration topic this block tells (a topic of the clause library)": (
            "Tema de la declaración que cuenta este bloque"
        ),
        "Which episode it is about (1 = the first), if any": (
            "De qué episodio trata (1 = el primero), si corresponde"
        ),
        "The account in the client's words, first person": (
            "El relato en las palabras del cliente, en primera persona"
        ),
        "Language the client told it in": "Idioma en que el cliente lo contó",
        "Interpreter who took it down or read it back, if any": (
            "Intérprete que lo tomó por escrito o lo leyó de nuevo al cliente, si lo hubo"
        ),
        "Read back to the client in their language and confirmed": (
            "Se leyó de nuevo al cliente en su idioma y lo confirmó"
        ),
        # why a typed value was refused (the field's error line)
        "an A-number is A followed by 8 or 9 digits, e.g. A-099-999-001": (
            "un número A es la letra A seguida de 8 o 9 dígitos, p. ej., A-099-999-001"
        ),
        "the year looks wrong": "el año no parece correcto",
        "use a date like 2004-03-02 (year-month-day)": (
            "escriba una fecha como 2004-03-02 (año-mes-día)"
        ),
        "answer yes or no (or leave empty if unknown)": (
            "responda sí o no (o déjelo vacío si no se sabe)"
        ),
        "use a whole number": "escriba un número entero",
        "a Social Security number has nine digits": (
            "un número de Seguro Social tiene nueve dígitos"
        ),
        # a date field's placeholder
        "YYYY-MM-DD": "AAAA-MM-DD",
        # columns added for the I-918 (issue 15, SCHEMA_VERSION 7)
        "Family name (last name) of this other name": "Apellido(s) de este otro nombre",
        "Given name (first name) of this other name": "Nombre de pila de este otro nombre",
        "Middle name of this other name": "Segundo nombre de este otro nombre",
        "U.S. state of the place of entry (two letters)": (
            "Estado de EE. UU. del lugar de entrada (dos letras)"
        ),
        "City or town of the arrest": "Ciudad o pueblo del arresto",
        "Country of the arrest": "País del arresto",
        # choices added on main (I-918 Part 2 items 7 and 11)
        "Removal": "Remoción (removal)",
        "Exclusion": "Exclusión",
        "Deportation": "Deportación",
        "Rescission": "Rescisión",
        "Judicial": "Judicial",
        "Consulate": "Consulado",
        "Preflight inspection": "Inspección previa al vuelo",
        "Port of entry": "Puerto de entrada",
        # answers added on main (I-918 Part 2, counsel details)
        "The kind of immigration proceedings the client is or was in (I-918 Part 2 item 7.b-7.f;"
        " the most recent, others in Part 8)": (
            "El tipo de proceso de inmigración en el que está o estuvo el cliente (I-918 Parte 2 "
            "punto 7.b-7.f; el más reciente, los demás en la Parte 8)"
        ),
        "Date of the last action in past proceedings (I-918 Part 2 item 7); 'Current' is written"
        " instead while the client is in proceedings": (
            "Fecha de la última actuación en procesos anteriores (I-918 Parte 2 punto 7); si el "
            "cliente está en un proceso, se escribe \"Current\" en su lugar"
        ),
        "The client lives outside the United States while the petition is decided (I-918 Part 2 "
        "items 11-12)": (
            "El cliente vive fuera de Estados Unidos mientras se decide la petición (I-918 Parte 2 "
            "puntos 11-12)"
        ),
        "Outside the U.S., the office to notify when the petition is approved (I-918 Part 2 item"
        " 11.a)": (
            "Fuera de EE. UU., la oficina a la que se debe avisar cuando se apruebe la petición "
            "(I-918 Parte 2 punto 11.a)"
        ),
        "City or town of that U.S. consulate or inspection office (I-918 Part 2 item 11.b)": (
            "Ciudad o pueblo de ese consulado u oficina de inspección de EE. UU. (I-918 Parte 2 "
            "punto 11.b)"
        ),
        "U.S. state of that office, when it is a U.S. port of entry (two letters; I-918 Part 2 "
        "item 11.c)": (
            "Estado de EE. UU. de esa oficina, cuando es un puerto de entrada de EE. UU. (dos "
            "letras; I-918 Parte 2 punto 11.c)"
        ),
        "Country of that office (I-918 Part 2 item 11.d)": (
            "País de esa oficina (I-918 Parte 2 punto 11.d)"
        ),
        "State or territory of counsel's bar admission (two-letter code)": (
            "Estado o territorio donde el abogado fue admitido al colegio de abogados (código de "
            "dos letras)"
        ),
        "Counsel's DOJ recognition and accreditation number, for an accredited representative "
        "(EOIR R&A roster)": (
            "Número de reconocimiento y acreditación del DOJ del abogado, si es un representante "
            "acreditado (registro de R&A de la EOIR)"
        ),
        "Counsel's EOIR ID from EOIR eRegistry (EOIR-28, immigration court filings)": (
            "El número de identificación EOIR ID del abogado en el eRegistry de la EOIR (EOIR-28, "
            "escritos ante la corte de inmigración)"
        ),
        # I-765 item 30 (issue 15, h15p)
        "The client has ever been arrested for or convicted of any crime, anywhere, sealed or "
        "vacated records included (I-765 item 30 for (c)(8)); each arrest is a row of the arrests "
        "table": (
            "El cliente alguna vez fue arrestado o condenado por algún delito, en cualquier lugar, "
            "incluidos los antecedentes sellados o anulados (I-765 punto 30 para (c)(8)); cada "
            "arresto es una fila de la tabla de arrestos"
        ),
        # labels that landed at 07:55 (Supplement A per member, I-918 details)
        "Apt": "Apartamento (Apt)",
        "Ste": "Suite (Ste)",
        "Flr": "Piso (Flr)",
        "Another family name they have used": "Otro apellido que ha usado",
        "Another given name they have used": "Otro nombre de pila que ha usado",
        "State or province of birth": "Estado o provincia de nacimiento",
        "U.S. street address where they live or will live (number and name)": (
            "Dirección en EE. UU. donde vive o vivirá (número y nombre de la calle)"
        ),
        "apt, ste or flr": "Apartamento, suite o piso",
        "Apartment, suite or floor number": "Número de apartamento, suite o piso",
        "U.S. city or town where they live or will live": (
            "Ciudad o pueblo de EE. UU. donde vive o vivirá"
        ),
        "U.S. state (two letters)": "Estado de EE. UU. (dos letras)",
        "U.S. ZIP code": "Código postal (ZIP) de EE. UU.",
        "U.S. Social Security number, if any (9 digits)": (
            "Número de Seguro Social de EE. UU., si lo tiene (9 dígitos)"
        ),
        "USCIS online account number, if any": "Número de cuenta en línea de USCIS, si lo tiene",
        "Passport or travel document number": "Número del pasaporte o documento de viaje",
        "Country that issued the passport or travel document": (
            "País que expidió el pasaporte o documento de viaje"
        ),
        "Date the passport or travel document was issued": (
            "Fecha de expedición del pasaporte o documento de viaje"
        ),
        "Date the passport or travel document expires": (
            "Fecha de vencimiento del pasaporte o documento de viaje"
        ),
        "Form I-94 arrival-departure record number": (
            "Número del registro de entrada y salida (Formulario I-94)"
        ),
        "Current immigration status (e.g. none, F-1, parole)": (
            "Estatus migratorio actual (p. ej., ninguno, F-1, parole)"
        ),
        "Date of their last entry into the United States": (
            "Fecha de su última entrada a Estados Unidos"
        ),
        "City or town of their last entry into the United States": (
            "Ciudad o pueblo de su última entrada a Estados Unidos"
        ),
        "U.S. state of their last entry (two letters)": (
            "Estado de EE. UU. de su última entrada (dos letras)"
        ),
        "Status at their last entry (e.g. B-2, EWI)": (
            "Estatus en su última entrada (p. ej., B-2, EWI)"
        ),
        "Has ever been in immigration court (removal, exclusion or deportation proceedings)": (
            "Ha estado alguna vez ante la corte de inmigración (procesos de remoción, exclusión o "
            "deportación)"
        ),
        "Asks for an employment authorization document (only if in the United States)": (
            "Pide un permiso de trabajo (EAD) (solo si está en Estados Unidos)"
        ),
        "Outside the U.S.: office to notify on approval: consulate, pre-flight inspection or port "
        "of entry": (
            "Fuera de EE. UU.: oficina a la que avisar de la aprobación: consulado, inspección "
            "previa al vuelo o puerto de entrada"
        ),
        "City or town of that consulate or inspection office": (
            "Ciudad o pueblo de ese consulado u oficina de inspección"
        ),
        "Country (or U.S. state) of that office": "País (o estado de EE. UU.) de esa oficina",
        "Their daytime phone number": "Su teléfono durante el día",
        "Their email address": "Su correo electrónico",
        "Every Supplement A admissibility question was asked about them (unlisted items are no)": (
            "Se le hicieron todas las preguntas de admisibilidad del Suplemento A (los puntos no "
            "marcados son no)"
        ),
        "Supplement A admissibility items answered yes (item ids such as 1.b, 9.a, as printed on"
        " the form)": (
            "Puntos de admisibilidad del Suplemento A respondidos con sí (números como 1.b o 9.a, "
            "tal como aparecen en el formulario)"
        ),
        "For each yes answer: what happened, when and where, in their words": (
            "Para cada respuesta afirmativa: qué pasó, cuándo y dónde, en sus propias palabras"
        ),
        "U.S. citizen": "Ciudadano de EE. UU.",
        "Other family name": "Otro apellido",
        "Other given name": "Otro nombre de pila",
        "Province of birth": "Provincia de nacimiento",
        "U.S. street": "Calle en EE. UU.",
        "U.S. unit type": "Tipo de unidad en EE. UU.",
        "U.S. unit number": "Número de unidad en EE. UU.",
        "U.S. city": "Ciudad en EE. UU.",
        "U.S. state": "Estado de EE. UU.",
        "U.S. zip": "Código postal en EE. UU.",
        "Passport issued": "Expedición del pasaporte",
        "Passport expires": "Vencimiento del pasaporte",
        "Last entry date": "Fecha de la última entrada",
        "Last entry city": "Ciudad de la última entrada",
        "Last entry state": "Estado de la última entrada",
        "Last entry status": "Estatus en la última entrada",
        "Ever in proceedings": "Alguna vez en un proceso",
        "Wants work permit": "Quiere permiso de trabajo",
        "Processing office": "Oficina de trámite",
        "Processing city": "Ciudad de la oficina",
        "Processing country": "País de la oficina",
        "Admissibility answered": "Admisibilidad preguntada",
        "Admissibility yes": "Admisibilidad: respuestas sí",
        "Admissibility explanation": "Admisibilidad: explicación",
        # Supplement A, the rest of the family member's data (issue 15, h15a)
        "Middle name of that other name": "Segundo nombre de ese otro nombre",
        "A second other family name they have used": "Un segundo otro apellido que ha usado",
        "A second other given name they have used": "Un segundo otro nombre de pila que ha usado",
        "Middle name of the second other name": "Segundo nombre del segundo otro nombre",
        "Travel document number (not a passport), if any": (
            "Número del documento de viaje (no pasaporte), si tiene"
        ),
        "USCIS class code of their current status (e.g. B2, PAR, EWI)": (
            "Código de clase de USCIS de su situación actual (p. ej., B2, PAR, EWI)"
        ),
        "Date their authorized stay in the U.S. expired": (
            "Fecha en que venció su estadía autorizada en EE. UU."
        ),
        "Their mobile phone number": "Su número de celular",
        "Safe mailing address: in care of": "Dirección postal segura: a cargo de",
        "Safe mailing address: street number and name": (
            "Dirección postal segura: número y nombre de la calle"
        ),
        "Safe mailing address: apt, ste or flr": "Dirección postal segura: apt, ste o flr",
        "Safe mailing address: apartment, suite or floor number": (
            "Dirección postal segura: número de apartamento, suite o piso"
        ),
        "Safe mailing address: city or town": "Dirección postal segura: ciudad o pueblo",
        "Safe mailing address: U.S. state (two letters)": (
            "Dirección postal segura: estado de EE. UU. (dos letras)"
        ),
        "Safe mailing address: ZIP code": "Dirección postal segura: código postal (ZIP)",
        "Safe mailing address abroad: province": (
            "Dirección postal segura en el extranjero: provincia"
        ),
        "Safe mailing address abroad: postal code": (
            "Dirección postal segura en el extranjero: código postal"
        ),
        "Safe mailing address: country": "Dirección postal segura: país",
        "Address abroad for notices: street number and name": (
            "Dirección en el extranjero para avisos: número y nombre de la calle"
        ),
        "Address abroad for notices: apt, ste or flr": (
            "Dirección en el extranjero para avisos: apt, ste o flr"
        ),
        "Address abroad for notices: apartment, suite or floor number": (
            "Dirección en el extranjero para avisos: número de apartamento, suite o piso"
        ),
        "Address abroad for notices: city or town": (
            "Dirección en el extranjero para avisos: ciudad o pueblo"
        ),
        "Address for notices: U.S. state, if any (two letters)": (
            "Dirección para avisos: estado de EE. UU., si aplica (dos letras)"
        ),
        "Address for notices: ZIP code, if any": (
            "Dirección para avisos: código postal (ZIP), si aplica"
        ),
        "Address abroad for notices: province": "Dirección en el extranjero para avisos: provincia",
        "Address abroad for notices: postal code": (
            "Dirección en el extranjero para avisos: código postal"
        ),
        "Address abroad for notices: country": "Dirección en el extranjero para avisos: país",
        "Former spouse: family name": "Excónyuge: apellido",
        "Former spouse: given name": "Excónyuge: nombre de pila",
        "Former spouse: middle name": "Excónyuge: segundo nombre",
        "Date that marriage ended": "Fecha en que terminó ese matrimonio",
        "City or town where that marriage ended": "Ciudad o pueblo donde terminó ese matrimonio",
        "State or province where that marriage ended": (
            "Estado o provincia donde terminó ese matrimonio"
        ),
        "Country where that marriage ended": "País donde terminó ese matrimonio",
        "How that marriage ended: annulled, divorced, separated or widowed": (
            "Cómo terminó ese matrimonio: anulado, divorcio, separación o viudez"
        ),
        "Second former spouse: family name": "Segundo excónyuge: apellido",
        "Second former spouse: given name": "Segundo excónyuge: nombre de pila",
        "Second former spouse: middle name": "Segundo excónyuge: segundo nombre",
        "Date the second former marriage ended": (
            "Fecha en que terminó el segundo matrimonio anterior"
        ),
        "Where the second former marriage ended": "Dónde terminó el segundo matrimonio anterior",
        "How the second former marriage ended: annulled, divorced, separated or widowed": (
            "Cómo terminó el segundo matrimonio anterior: anulado, divorcio, separación o viudez"
        ),
        (
            "Kind of immigration proceedings: removal, exclusion, deportation, rescission or "
            "judicial"
        ): (
            "Tipo de proceso migratorio: expulsión (removal), exclusión, deportación, rescisión "
            "o judicial"
        ),
        "Date of those proceedings (or of their last action)": (
            "Fecha de ese proceso (o de su última actuación)"
        ),
        "Date of the next immigration court hearing, if any": (
            "Fecha de la próxima audiencia en el tribunal de inmigración, si la hay"
        ),
        "Other middle name": "Otro segundo nombre",
        "Second other family name": "Segundo otro apellido",
        "Second other given name": "Segundo otro nombre de pila",
        "Second other middle name": "Segundo otro segundo nombre",
        "Travel document number": "Número del documento de viaje",
        "Status code": "Código de estatus",
        "Authorized stay expires": "Vencimiento de la estadía autorizada",
        "Mobile phone": "Celular",
        "Mailing in care of": "Correo: a cargo de",
        "Mailing street": "Correo: calle",
        "Mailing unit type": "Correo: tipo de unidad",
        "Mailing unit number": "Correo: número de unidad",
        "Mailing city": "Correo: ciudad",
        "Mailing state": "Correo: estado",
        "Mailing zip": "Correo: código postal (ZIP)",
        "Mailing province": "Correo: provincia",
        "Mailing postal code": "Correo: código postal",
        "Mailing country": "Correo: país",
        "Notice street": "Avisos: calle",
        "Notice unit type": "Avisos: tipo de unidad",
        "Notice unit number": "Avisos: número de unidad",
        "Notice city": "Avisos: ciudad",
        "Notice state": "Avisos: estado",
        "Notice zip": "Avisos: código postal (ZIP)",
        "Notice province": "Avisos: provincia",
        "Notice postal code": "Avisos: código postal",
        "Notice country": "Avisos: país",
        "Former spouse family name": "Apellido del excónyuge",
        "Former spouse given name": "Nombre de pila del excónyuge",
        "Former spouse middle name": "Segundo nombre del excónyuge",
        "Former marriage ended": "Fin del matrimonio anterior",
        "Former marriage end city": "Ciudad donde terminó el matrimonio anterior",
        "Former marriage end state": "Estado donde terminó el matrimonio anterior",
        "Former marriage end country": "País donde terminó el matrimonio anterior",
        "Former marriage end how": "Cómo terminó el matrimonio anterior",
        "Second former spouse family name": "Apellido del segundo excónyuge",
        "Second former spouse given name": "Nombre de pila del segundo excónyuge",
        "Second former spouse middle name": "Segundo nombre del segundo excónyuge",
        "Second former marriage ended": "Fin del segundo matrimonio anterior",
        "Second former marriage end place": "Lugar donde terminó el segundo matrimonio anterior",
        "Second former marriage end how": "Cómo terminó el segundo matrimonio anterior",
        "Proceedings type": "Tipo de proceso",
        "Proceedings date": "Fecha del proceso",
        "Next hearing date": "Fecha de la próxima audiencia",
        "U.S. state of that office, when it is a port of entry": (
            "Estado de EE. UU. de esa oficina, cuando es un puerto de entrada"
        ),
        "Processing state": "Estado de la oficina",
        "Family members' arrests (Supplement A)": "Arrestos de familiares (Suplemento A)",
        "Given name of the family member this is about": "Nombre de pila del familiar",
        "Date of the arrest, citation, detention or charge": (
            "Fecha del arresto, citación, detención o cargo"
        ),
        "Why they were arrested, cited, detained or charged": (
            "Por qué le arrestaron, citaron, detuvieron o acusaron"
        ),
        "State or province where it happened": "Estado o provincia donde ocurrió",
        "Outcome or disposition, e.g. no charges, dismissed, probation": (
            "Resultado, p. ej., sin cargos, desestimado, libertad condicional"
        ),
        "Member": "Familiar",
        # I-589 education, employment and child details; I-912 benefits, assets (issue 15, h15b)
        "Schools attended": "Escuelas a las que asistió",
        "Jobs in the last five years": "Trabajos de los últimos cinco años",
        "Fee waiver": "Exención de tarifas",
        "Means-tested benefits (fee waiver)": (
            "Beneficios públicos según ingresos (exención de tarifas)"
        ),
        "Cash and assets (fee waiver)": "Dinero en efectivo y bienes (exención de tarifas)",
        "Rent mortgage": "Alquiler o hipoteca",
        "Utilities": "Servicios (luz, agua, gas)",
        "Child elder care": "Cuidado de niños o mayores",
        "Insurance": "Seguro",
        "Loans credit cards": "Préstamos o tarjetas de crédito",
        "Car payment": "Pago del carro",
        "Commuting": "Transporte",
        "School": "Escuela",
        "single, married, divorced, widowed, separated, annulled or other": (
            "soltero/a, casado/a, divorciado/a, viudo/a, separado/a, anulado u otro"
        ),
        "Race, ethnic or tribal group": "Raza, grupo étnico o tribal",
        "If in the U.S.: expiration date of their authorized stay": (
            "Si está en EE. UU.: fecha en que vence su estadía autorizada"
        ),
        "If in the U.S.: is now in Immigration Court proceedings": (
            "Si está en EE. UU.: tiene ahora un proceso ante la corte de inmigración"
        ),
        "Name of the school": "Nombre de la escuela",
        "Type of school, e.g. primary, secondary, university, trade": (
            "Tipo de escuela, p. ej. primaria, secundaria, universidad, oficio"
        ),
        "Where the school is: city and country": "Dónde está la escuela: ciudad y país",
        "Attended from (month and year)": "Asistió desde (mes y año)",
        "Attended until (month and year; empty if still attending)": (
            "Asistió hasta (mes y año; vacío si todavía asiste)"
        ),
        "Name and address of the employer": "Nombre y dirección del empleador",
        "The client's occupation or job there": "La ocupación o el trabajo del cliente allí",
        "Worked there from (month and year)": "Trabajó allí desde (mes y año)",
        "Worked there until (month and year; empty if current)": (
            "Trabajó allí hasta (mes y año; vacío si es el trabajo actual)"
        ),
        "Full name of the person receiving it": "Nombre completo de la persona que lo recibe",
        "That person's relationship to the client in words, e.g. self, mother, son": (
            "Parentesco de esa persona con el cliente en palabras, p. ej. self (el cliente), "
            "madre, hijo"
        ),
        "Type of benefit, e.g. Medicaid, SNAP, TANF, SSI": (
            "Tipo de beneficio, p. ej. Medicaid, SNAP, TANF, SSI"
        ),
        "Name of the agency that awarded it": "Nombre de la agencia que lo otorgó",
        "Date the benefit was awarded": "Fecha en que se otorgó el beneficio",
        "Date the benefit expires or must be renewed": (
            "Fecha en que el beneficio vence o debe renovarse"
        ),
        "Type of asset, e.g. bank account, cash": "Tipo de bien, p. ej. cuenta bancaria, efectivo",
        "Value in whole U.S. dollars": "Valor en dólares estadounidenses enteros",
        "Race ethnic group": "Raza o grupo étnico",
        "Status expires": "Vencimiento del estatus",
        "In court proceedings": "En proceso ante la corte",
        "School name": "Nombre de la escuela",
        "School type": "Tipo de escuela",
        "Employer": "Empleador",
        "Occupation": "Ocupación",
        "Recipient name": "Nombre de quien lo recibe",
        "Recipient relationship": "Parentesco de quien lo recibe",
        "Benefit type": "Tipo de beneficio",
        "Date awarded": "Fecha de otorgamiento",
        "Expires": "Vence",
        "Asset type": "Tipo de bien",
        "Value usd": "Valor (USD)",
        "The client's marital status in their own words when none of the listed ones fits "
        '(I-912 Part 2 item 8, "Other")': (
            "El estado civil del cliente en sus propias palabras cuando ninguno de la lista "
            'corresponde (I-912 Parte 2 punto 8, "Other")'
        ),
        "What changed since the last federal tax return (marital status, income or "
        "dependents), in the client's words (I-912 Part 5 item 9)": (
            "Qué cambió desde la última declaración federal de impuestos (estado civil, ingresos "
            "o dependientes), en palabras del cliente (I-912 Parte 5 punto 9)"
        ),
        "The situation that caused the expenses, debts or loss of income, in the client's "
        "words (I-912 Part 6 item 1)": (
            "La situación que causó los gastos, las deudas o la pérdida de ingresos, en palabras "
            "del cliente (I-912 Parte 6 punto 1)"
        ),
        "The kinds of expenses and liabilities the client pays each month (I-912 Part 6 "
        "item 3)": (
            "Los tipos de gastos y deudas que el cliente paga cada mes (I-912 Parte 6 punto 3)"
        ),
        'The other monthly expenses, in the client\'s words (I-912 Part 6 item 3, "Other")': (
            'Los otros gastos mensuales, en palabras del cliente (I-912 Parte 6 punto 3, "Other")'
        ),
        "Total monthly expenses and liabilities in whole U.S. dollars (I-912 Part 6 item 3; 0 "
        "if none)": (
            "Total de gastos y deudas mensuales en dólares estadounidenses enteros (I-912 Parte 6 "
            "punto 3; 0 si no hay)"
        ),
        # I-589 explanation boxes and sibling deceased (issue 15, h15b)
        "Has died": "Ha fallecido",
        "Deceased": "Fallecido/a",
        "What happened, when, who did it and why the client believes it happened, in the "
        "client's words (I-589 Part B.1.A)": (
            "Qué pasó, cuándo, quién lo hizo y por qué cree el cliente que pasó, en palabras del "
            "cliente (I-589 Parte B.1.A)"
        ),
        "What harm the client fears on return, who would cause it and why, in the client's "
        "words (I-589 Part B.1.B)": (
            "Qué daño teme el cliente si regresa, quién lo causaría y por qué, en palabras del "
            "cliente (I-589 Parte B.1.B)"
        ),
        "The circumstances and reasons of each accusation, arrest, detention or imprisonment "
        "outside the U.S. (I-589 Part B.2)": (
            "Las circunstancias y los motivos de cada acusación, arresto, detención o "
            "encarcelamiento fuera de EE. UU. (I-589 Parte B.2)"
        ),
        "The organizations or groups, who took part, their role and how long (I-589 Part B.3.A)": (
            "Las organizaciones o grupos, quién participó, su función y por cuánto tiempo (I-589 "
            "Parte B.3.A)"
        ),
        "How the client or family members take part in those organizations now (I-589 Part "
        "B.3.B)": (
            "Cómo participan ahora el cliente o sus familiares en esas organizaciones (I-589 "
            "Parte B.3.B)"
        ),
        "Why the client fears torture, by whom and what kind, in the client's words (I-589 "
        "Part B.4)": (
            "Por qué teme el cliente la tortura, de quién y de qué tipo, en palabras del cliente "
            "(I-589 Parte B.4)"
        ),
        "Who applied for refugee status, asylum or withholding, the decision, and whether the"
        " client was included (I-589 Part C.1)": (
            "Quién pidió refugio, asilo o suspensión de la deportación, la decisión, y si el "
            "cliente estaba incluido (I-589 Parte C.1)"
        ),
        "For each country passed through or applied to: the country, how long, status there, "
        "why the client left and whether they could return (I-589 Part C.2)": (
            "Por cada país por el que pasó o donde hizo una solicitud: el país, cuánto tiempo, el"
            " estatus allí, por qué salió el cliente y si podría regresar (I-589 Parte C.2)"
        ),
        "What happened when the client or a family member took part in harming others, and "
        "the client's involvement (I-589 Part C.3)": (
            "Qué pasó cuando el cliente o un familiar participó en hacer daño a otros, y la "
            "participación del cliente (I-589 Parte C.3)"
        ),
        "The dates, purpose and length of each return to the country of harm (I-589 Part C.4)": (
            "Las fechas, el propósito y la duración de cada regreso al país donde sufrió daño "
            "(I-589 Parte C.4)"
        ),
        "Why the application was not filed within a year of the last arrival, in the client's"
        " words (I-589 Part C.5)": (
            "Por qué la solicitud no se presentó dentro del año siguiente a la última llegada, en"
            " palabras del cliente (I-589 Parte C.5)"
        ),
        "For each arrest, charge or conviction in the U.S.: what happened, when, the place, "
        "the length of any sentence and the outcome, in the client's words (I-589 Part C.6)": (
            "Por cada arresto, acusación o condena en EE. UU.: qué pasó, cuándo, el lugar, la "
            "duración de cualquier condena y el resultado, en palabras del cliente (I-589 Parte "
            "C.6)"
        ),
        # I-589 Part D (issue 15, h15b)
        "The client's full name written in their native alphabet, if it is not the Latin "
        "alphabet (I-589 Part D)": (
            "El nombre completo del cliente escrito en su alfabeto nativo, si no es el alfabeto "
            "latino (I-589 Parte D)"
        ),
        "The client's spouse, parent or child helped complete the I-589 (Part D)": (
            "El cónyuge, el padre o la madre, o un hijo del cliente ayudó a llenar el I-589 "
            "(Parte D)"
        ),
        "Name of the first family member who helped complete the I-589 (Part D)": (
            "Nombre del primer familiar que ayudó a llenar el I-589 (Parte D)"
        ),
        "That family member's relationship to the client, e.g. daughter (I-589 Part D)": (
            "Parentesco de ese familiar con el cliente, p. ej. hija (I-589 Parte D)"
        ),
        "Name of the second family member who helped complete the I-589 (Part D)": (
            "Nombre del segundo familiar que ayudó a llenar el I-589 (Parte D)"
        ),
        "The second family member's relationship to the client (I-589 Part D)": (
            "Parentesco del segundo familiar con el cliente (I-589 Parte D)"
        ),
        "Someone other than the client's spouse, parent or child (e.g. counsel) prepared the "
        "I-589; Part E is then completed by that preparer (Part D)": (
            "Alguien que no es el cónyuge, el padre o la madre, ni un hijo del cliente (p. ej., "
            "el abogado) preparó el I-589; esa persona completa entonces la Parte E (Parte D)"
        ),
        "The client was given a list of people who may help with the asylum claim at little or "
        "no cost (I-589 Part D)": (
            "Se le dio al cliente una lista de personas que pueden ayudarle con su caso de asilo "
            "gratis o a bajo costo (I-589 Parte D)"
        ),
    # -- end of the profile editor block (hes) --
    }
)

#: Messages created at run time, by context (lupdate cannot find them).
RUNTIME: dict[str, list[str]] = {
    "Background": [
        "ReliefDesk",
        "Working…",
        "Cancel",
        "Cancelling… (waiting for a safe point)",
        "Something went wrong and the operation did not finish. Nothing was lost: everything "
        "saved before this is still there. Please try again; if it happens again, note what "
        "you were doing and tell your support contact.",
        "Error type: {name}",
    ],
    "Relief": [
        "T visa",
        "U visa",
        "Continued Presence",
        "Asylum (particular social group)",
        "Vacatur and record relief",
    ],
    "AssessmentView": [
        "Authority",
        "Last reviewed",
        "Evidence that proves it",
        "None",
        "Recorded in the interview",
        "Status",
        "Reason",
    ],
    "InterviewView": [
        "Choose Yes or No, or use Skip / Ask later.",
        "Type a date like 2021-05-14 (year-month-day).",
        "Type a whole number.",
        "Choose one of the options, or use Skip / Ask later.",
        "Type the answer, or use Skip / Ask later.",
        "Fill in at least one box of the row before adding it.",
    ],
}


# Issue 24 item 11: where vacatur papers are filed (eligibility/data/vacatur_states.yaml
# venue texts, context Data). Citations stay as written.
ES.update(
    {
        "A motion under CPL 440.10 is made to the court in which the judgment was entered "
        "(CPL 440.10(1)): one set of papers per court of conviction, covering every docket of "
        "that court.": (
            "La moción según CPL 440.10 se presenta ante el tribunal que dictó la sentencia "
            "(CPL 440.10(1)): un juego de escritos por tribunal de condena, que abarca todos los "
            "expedientes de ese tribunal."
        ),
        "The START Act (L. 2021, ch. 629) is described by its supporters as letting movants "
        "seek relief across multiple jurisdictions at one time (N.Y.C. Bar committee report on "
        "A.459/S.674). VERIFY the amended text of CPL 440.10 before filing one motion for "
        "judgments entered in different courts.": (
            "Según sus promotores, la ley START Act (L. 2021, ch. 629) permite pedir alivio en "
            "varias jurisdicciones a la vez (informe de comités del N.Y.C. Bar sobre "
            "A.459/S.674). VERIFY el texto enmendado de CPL 440.10 antes de presentar una sola "
            "moción para sentencias de distintos tribunales."
        ),
        "The petition is filed in the court of conviction and served on the state or local "
        "prosecutorial agency that obtained the conviction (Penal Code 236.14(c), VERIFY the "
        "subdivision): one petition per court.": (
            "La petición se presenta ante el tribunal de la condena y se notifica a la fiscalía "
            "estatal o local que obtuvo la condena (Penal Code 236.14(c), VERIFY la "
            "subdivisión): una petición por tribunal."
        ),
        "The court may, with the agreement of the petitioner and all of the involved state or "
        "local prosecutorial agencies, consolidate into one hearing a petition with multiple "
        "convictions from different jurisdictions (Penal Code 236.14; VERIFY the subdivision "
        "letter in the current text).": (
            "Con el acuerdo del peticionario y de todas las fiscalías estatales o locales "
            "involucradas, el tribunal puede reunir en una sola audiencia una petición con "
            "varias condenas de distintas jurisdicciones (Penal Code 236.14; VERIFY la letra de "
            "la subdivisión en el texto vigente)."
        ),
        "The petition may be filed in any court in the circuit in which the petitioner was "
        "arrested that has jurisdiction over the class of offense; it need not be the court of "
        "the original proceedings (s. 943.0583(2)): one petition per county of arrest here "
        "(VERIFY which counties share a judicial circuit).": (
            "La petición puede presentarse ante cualquier tribunal del circuito donde se arrestó "
            "al peticionario que tenga competencia sobre esa clase de delito; no tiene que ser "
            "el tribunal del proceso original (s. 943.0583(2)): aquí, una petición por condado "
            "de arresto (VERIFY qué condados comparten un circuito judicial)."
        ),
        "The clerk treats a petition seeking to expunge more than one eligible case as a "
        "single petition (s. 943.0583(2)): the cases of one circuit may be one petition.": (
            "El secretario del tribunal trata como una sola petición la que pide eliminar más "
            "de un caso elegible (s. 943.0583(2)): los casos de un mismo circuito pueden ir en "
            "una sola petición."
        ),
    }
)


# The documents screen's composed lines, the evidence checklist items (clauses/data/evidence.yaml)
# and each state's vacatur paper names (context Data). The papers themselves are filed in English;
# these are their names on a Spanish screen.
ES.update(
    {
        "Evidence ({tag}): {item}": "Prueba ({tag}): {item}",
        "Evidence: {item} — missing": "Prueba: {item} — falta",
        "Evidence: {item} — have ({tabs})": "Prueba: {item} — la tiene ({tabs})",
        "Exhibit {label} — {description}": "Anexo {label} — {description}",
        "{n} item(s) missing: {items}": "Faltan {n} dato(s): {items}",
        "{n} answer(s) missing: {items}": "Faltan {n} respuesta(s): {items}",
        "no file attached: add the file to the profile or put it named '{name}' (PDF, JPEG, PNG "
        "or DOCX)": (
            "no hay archivo adjunto: agréguelo al perfil o póngalo con el nombre '{name}' (PDF, "
            "JPEG, PNG o DOCX)"
        ),
        "no file attached: add the file to the profile or put it in {folder} named '{name}' "
        "(PDF, JPEG, PNG or DOCX)": (
            "no hay archivo adjunto: agréguelo al perfil o póngalo en {folder} con el nombre "
            "'{name}' (PDF, JPEG, PNG o DOCX)"
        ),
        "the client must sign in ink (no signature images; keep the original)": (
            "el cliente debe firmar con tinta (sin imágenes de firma; conserve el original)"
        ),
        "the family member must sign in ink (no signature images; keep the original)": (
            "el familiar debe firmar con tinta (sin imágenes de firma; conserve el original)"
        ),
        "the attorney must sign in ink (no signature images; keep the original)": (
            "el abogado debe firmar con tinta (sin imágenes de firma; conserve el original)"
        ),
        "the attorney and the client must sign in ink (no signature images; keep the original)": (
            "el abogado y el cliente deben firmar con tinta (sin imágenes de firma; conserve el "
            "original)"
        ),
        "Identity document (passport, birth certificate or national ID card) with a certified "
        "translation": (
            "Documento de identidad (pasaporte, acta de nacimiento o documento nacional de "
            "identidad) con traducción certificada"
        ),
        "Identity document (passport, birth certificate or national ID card)": (
            "Documento de identidad (pasaporte, acta de nacimiento o documento nacional de "
            "identidad)"
        ),
        "Evidence of the trafficking besides the declaration: police or NGO reports, messages, "
        "pay or debt records, photos": (
            "Pruebas de la trata además de la declaración: informes de la policía o de ONG, "
            "mensajes, registros de pagos o deudas, fotos"
        ),
        "Proof of entry and presence: I-94 records, visa and entry stamps, travel records and a "
        "timeline of entries and exits": (
            "Prueba de entrada y presencia: registros I-94, visas y sellos de entrada, registros "
            "de viaje y una cronología de entradas y salidas"
        ),
        "Proof of contact with law enforcement: Form I-914 Supplement B, police report, subpoena "
        "or letter from the prosecutor": (
            "Prueba del contacto con la policía: Formulario I-914 Suplemento B, informe policial, "
            "citación o carta de la fiscalía"
        ),
        "Proof of age when the trafficking began (birth certificate)": (
            "Prueba de la edad cuando empezó la trata (acta de nacimiento)"
        ),
        "Letter from a therapist, medical provider or case manager on why the client could not "
        "comply": (
            "Carta de un terapeuta, proveedor médico o administrador de casos sobre por qué el "
            "cliente no pudo cooperar"
        ),
        "Psychological evaluation or therapist letter; medical records of the harm": (
            "Evaluación psicológica o carta del terapeuta; registros médicos del daño"
        ),
        "Psychological evaluation or therapist letter": (
            "Evaluación psicológica o carta del terapeuta"
        ),
        "Country conditions on retaliation and re-trafficking in the home country": (
            "Condiciones del país sobre represalias y nueva trata en el país de origen"
        ),
        "Evidence of the hardship on removal: medical or mental-health care the client needs and "
        "could not get at home, danger from the traffickers there, family ties and support in "
        "the U.S.": (
            "Pruebas del perjuicio en caso de deportación: atención médica o de salud mental que "
            "el cliente necesita y no podría recibir en su país, peligro de los tratantes allí, "
            "lazos familiares y apoyo en EE. UU."
        ),
        "For each derivative: proof of the relationship (birth or marriage certificate) and "
        "evidence of the danger of retaliation": (
            "Para cada derivado: prueba del parentesco (acta de nacimiento o de matrimonio) y "
            "pruebas del peligro de represalias"
        ),
        "For each qualifying family member: proof of the relationship (birth or marriage "
        "certificate)": (
            "Para cada familiar que califica: prueba del parentesco (acta de nacimiento o de "
            "matrimonio)"
        ),
        "Certified certificate of disposition for each arrest or conviction": (
            "Certificado de resolución (certificate of disposition) certificado de cada arresto "
            "o condena"
        ),
        "Certified certificate of disposition for each conviction in the motion": (
            "Certificado de resolución (certificate of disposition) certificado de cada condena "
            "de la moción"
        ),
        "Support for the I-192 waiver: evidence that the conduct was caused by or incident to the "
        "trafficking, rehabilitation, letters of support and other positive factors": (
            "Apoyo para la exención I-192: pruebas de que la conducta fue causada por la trata o "
            "estuvo ligada a ella, rehabilitación, cartas de apoyo y otros factores positivos"
        ),
        "Support for the I-192 waiver: rehabilitation, letters of support, family and community "
        "ties and other positive factors": (
            "Apoyo para la exención I-192: rehabilitación, cartas de apoyo, lazos familiares y "
            "comunitarios y otros factores positivos"
        ),
        "Form I-918 Supplement B, signed within the six months before filing": (
            "Formulario I-918 Suplemento B, firmado dentro de los seis meses anteriores a la "
            "presentación"
        ),
        "Police report or other record of the qualifying crime": (
            "Informe policial u otro registro del delito que califica"
        ),
        "Medical records, photos of injuries, psychological evaluation or therapist letter": (
            "Registros médicos, fotos de las lesiones, evaluación psicológica o carta del "
            "terapeuta"
        ),
        "Evidence of the past harm: medical records, police reports, witness statements, photos": (
            "Pruebas del daño pasado: registros médicos, informes policiales, declaraciones de "
            "testigos, fotos"
        ),
        "Country conditions: that the government cannot or will not protect people in the "
        "client's group": (
            "Condiciones del país: que el gobierno no puede o no quiere proteger a las personas "
            "del grupo del cliente"
        ),
        "Proof of the date of the last arrival: I-94, passport entry stamp, tickets or other "
        "travel records": (
            "Prueba de la fecha de la última llegada: I-94, sello de entrada en el pasaporte, "
            "boletos u otros registros de viaje"
        ),
        "Evidence for the one-year deadline exception (when the circumstance ended, when the "
        "client acted)": (
            "Pruebas para la excepción al plazo de un año (cuándo terminó la circunstancia, "
            "cuándo actuó el cliente)"
        ),
        "The agency's case number and the agent's contact; any record of the client's "
        "cooperation": (
            "El número de caso de la agencia y el contacto del agente; cualquier registro de la "
            "cooperación del cliente"
        ),
        "State criminal history (for New York, the DCJS record)": (
            "Historial penal estatal (en Nueva York, el registro de la DCJS)"
        ),
        "Official documentation of trafficking victim status (T approval, Continued Presence, "
        "HHS letter or law-enforcement letter)": (
            "Documentación oficial de la condición de víctima de trata (aprobación de la T, "
            "Presencia Continuada, carta del HHS o carta de la policía)"
        ),
        "Letter from a service provider, clinician or advocate on the trafficking and its link "
        "to the arrests": (
            "Carta de un proveedor de servicios, clínico o defensor sobre la trata y su relación "
            "con los arrestos"
        ),
        "NOTICE OF MOTION TO VACATE JUDGMENT PURSUANT TO CPL 440.10(1)(i)": (
            "AVISO DE MOCIÓN PARA ANULAR LA SENTENCIA SEGÚN CPL 440.10(1)(i)"
        ),
        "AFFIDAVIT OF DEFENDANT IN SUPPORT OF MOTION TO VACATE JUDGMENT": (
            "DECLARACIÓN JURADA DEL ACUSADO EN APOYO DE LA MOCIÓN PARA ANULAR LA SENTENCIA"
        ),
        "AFFIRMATION OF COUNSEL IN SUPPORT OF MOTION TO VACATE JUDGMENT": (
            "AFIRMACIÓN DEL ABOGADO EN APOYO DE LA MOCIÓN PARA ANULAR LA SENTENCIA"
        ),
        "MEMORANDUM OF LAW IN SUPPORT OF MOTION TO VACATE JUDGMENT": (
            "MEMORIAL DE DERECHO EN APOYO DE LA MOCIÓN PARA ANULAR LA SENTENCIA"
        ),
        "[PROPOSED] ORDER VACATING JUDGMENT AND DISMISSING ACCUSATORY INSTRUMENT": (
            "[PROPUESTA DE] ORDEN QUE ANULA LA SENTENCIA Y DESESTIMA EL INSTRUMENTO ACUSATORIO"
        ),
        "AFFIRMATION OF SERVICE": "AFIRMACIÓN DE NOTIFICACIÓN",
        "NOTICE OF PETITION AND PETITION FOR VACATUR RELIEF (PENAL CODE 236.14)": (
            "AVISO DE PETICIÓN Y PETICIÓN DE ANULACIÓN (PENAL CODE 236.14)"
        ),
        "DECLARATION OF PETITIONER IN SUPPORT OF PETITION FOR VACATUR RELIEF": (
            "DECLARACIÓN DEL PETICIONARIO EN APOYO DE LA PETICIÓN DE ANULACIÓN"
        ),
        "DECLARATION OF COUNSEL IN SUPPORT OF PETITION FOR VACATUR RELIEF": (
            "DECLARACIÓN DEL ABOGADO EN APOYO DE LA PETICIÓN DE ANULACIÓN"
        ),
        "MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT OF PETITION": (
            "MEMORIAL DE PUNTOS Y AUTORIDADES EN APOYO DE LA PETICIÓN"
        ),
        "[PROPOSED] ORDER GRANTING VACATUR RELIEF AND SEALING AND DESTROYING RECORDS": (
            "[PROPUESTA DE] ORDEN QUE CONCEDE LA ANULACIÓN Y EL SELLADO Y LA DESTRUCCIÓN DE LOS "
            "REGISTROS"
        ),
        "PROOF OF SERVICE": "CONSTANCIA DE NOTIFICACIÓN",
        "PETITION TO EXPUNGE CRIMINAL HISTORY RECORD OF A VICTIM OF HUMAN TRAFFICKING (s. "
        "943.0583, FLA. STAT.)": (
            "PETICIÓN PARA ELIMINAR EL HISTORIAL PENAL DE UNA VÍCTIMA DE TRATA DE PERSONAS (s. "
            "943.0583, FLA. STAT.)"
        ),
        "SWORN STATEMENT OF PETITIONER IN SUPPORT OF PETITION TO EXPUNGE": (
            "DECLARACIÓN JURADA DEL PETICIONARIO EN APOYO DE LA PETICIÓN DE ELIMINACIÓN"
        ),
        "DECLARATION OF COUNSEL IN SUPPORT OF PETITION TO EXPUNGE": (
            "DECLARACIÓN DEL ABOGADO EN APOYO DE LA PETICIÓN DE ELIMINACIÓN"
        ),
        "MEMORANDUM OF LAW IN SUPPORT OF PETITION TO EXPUNGE": (
            "MEMORIAL DE DERECHO EN APOYO DE LA PETICIÓN DE ELIMINACIÓN"
        ),
        "[PROPOSED] ORDER GRANTING PETITION TO EXPUNGE CRIMINAL HISTORY RECORD (s. 943.0583, "
        "FLA. STAT.)": (
            "[PROPUESTA DE] ORDEN QUE CONCEDE LA PETICIÓN DE ELIMINAR EL HISTORIAL PENAL (s. "
            "943.0583, FLA. STAT.)"
        ),
        "CERTIFICATE OF SERVICE": "CERTIFICADO DE NOTIFICACIÓN",
        "NOTICE OF MOTION TO VACATE CONVICTION (725 ILCS 5/116-2.1)": (
            "AVISO DE MOCIÓN PARA ANULAR LA CONDENA (725 ILCS 5/116-2.1)"
        ),
        "AFFIDAVIT OF PETITIONER IN SUPPORT OF MOTION TO VACATE": (
            "DECLARACIÓN JURADA DEL PETICIONARIO EN APOYO DE LA MOCIÓN DE ANULACIÓN"
        ),
        "AFFIDAVIT OF COUNSEL IN SUPPORT OF MOTION TO VACATE": (
            "DECLARACIÓN JURADA DEL ABOGADO EN APOYO DE LA MOCIÓN DE ANULACIÓN"
        ),
        "MEMORANDUM OF LAW IN SUPPORT OF MOTION TO VACATE": (
            "MEMORIAL DE DERECHO EN APOYO DE LA MOCIÓN DE ANULACIÓN"
        ),
        "[PROPOSED] ORDER VACATING CONVICTION": "[PROPUESTA DE] ORDEN QUE ANULA LA CONDENA",
        # what a draft asks for when a value is missing (templates/render.py labels)
        "Attorney's name (Settings: Counsel)": "Nombre del abogado (Configuración: Abogado)",
        "Firm or clinic name (Settings: Counsel)": (
            "Nombre del bufete o la clínica (Configuración: Abogado)"
        ),
        "Counsel's mailing address (Settings: Counsel)": (
            "Dirección postal del abogado (Configuración: Abogado)"
        ),
        "Counsel's phone (Settings: Counsel)": "Teléfono del abogado (Configuración: Abogado)",
        "Counsel's e-mail (Settings: Counsel)": (
            "Correo electrónico del abogado (Configuración: Abogado)"
        ),
        "Counsel's bar number (Settings: Counsel)": (
            "Número de colegiatura del abogado (Configuración: Abogado)"
        ),
        "Translator's full name": "Nombre completo del traductor",
        "Translator's address": "Dirección del traductor",
        "Language translated from": "Idioma de origen de la traducción",
        "Title of the translated document": "Título del documento traducido",
        "USCIS filing address (check the current form instructions)": (
            "Dirección de presentación de USCIS (revise las instrucciones vigentes del formulario)"
        ),
        "Name and title of the case agent or prosecutor": (
            "Nombre y cargo del agente del caso o del fiscal"
        ),
        "Name and title of the certifying official": "Nombre y cargo del funcionario certificador",
        "Law-enforcement agency": "Agencia policial",
        "Return date of the motion": "Fecha de audiencia de la moción (return date)",
        "Court part": "Sala del tribunal (part)",
        "Prosecutor to be served (e.g. the District Attorney of the county)": (
            "Fiscalía a notificar (por ejemplo, el fiscal de distrito del condado)"
        ),
        "Docket number(s) of the conviction(s)": "Número(s) de expediente de la(s) condena(s)",
        "Title of the paper": "Título del escrito",
        "Address where the prosecutor is served": "Dirección donde se notifica a la fiscalía",
        "Address of the courthouse where the motion is heard": (
            "Dirección del tribunal donde se ve la moción"
        ),
    }
)


# h18: the filing plan's document names (packets/data/plans/*.yaml titles, context Data). An
# official form keeps its official English name after "Formulario": it is what gets filed.
ES.update(
    {
        "Client's affidavit or declaration": "Declaración jurada o declaración del cliente",
        "Client's written consent to share these documents with the agency": (
            "Consentimiento escrito del cliente para compartir estos documentos con la agencia"
        ),
        "Continued Presence request letter": "Carta de solicitud de Presencia Continuada",
        "Counsel's affirmation or declaration": "Afirmación o declaración del abogado",
        "Cover letter": "Carta de presentación",
        "Declaration of the applicant": "Declaración del solicitante",
        "Evidence (identity documents, immigration history, safety and family)": (
            "Pruebas (documentos de identidad, historial migratorio, seguridad y familia)"
        ),
        "Evidence checklist (attorney worksheet, not filed)": (
            "Lista de pruebas (hoja de trabajo del abogado, no se presenta)"
        ),
        "Evidence for each element": "Pruebas para cada elemento",
        "Evidence index": "Índice de pruebas",
        "Evidence of cooperation with law enforcement, or of the under-18 or trauma exception "
        "(no Supplement B on file)": (
            "Pruebas de la cooperación con las autoridades, o de la excepción por ser menor de 18 "
            "años o por trauma (no hay Suplemento B en el expediente)"
        ),
        "Exhibit index": "Índice de anexos",
        "Exhibits (certificates of disposition, official documentation, letters, translations)": (
            "Anexos (certificados de disposición, documentación oficial, cartas, traducciones)"
        ),
        "Form EOIR-28, Notice of Entry of Appearance (immigration court)": (
            "Formulario EOIR-28, Notice of Entry of Appearance (tribunal de inmigración)"
        ),
        "Form G-1450 (card) or G-1650 (bank debit) authorising the I-589 fee": (
            "Formulario G-1450 (tarjeta) o G-1650 (débito bancario) que autoriza la tarifa "
            "del I-589"
        ),
        "Form G-28, Notice of Entry of Appearance as Attorney or Accredited Representative": (
            "Formulario G-28 (Notice of Entry of Appearance as Attorney or Accredited "
            "Representative)"
        ),
        "Form I-192, Application for Advance Permission to Enter as a Nonimmigrant": (
            "Formulario I-192 (Application for Advance Permission to Enter as a Nonimmigrant)"
        ),
        "Form I-589, Application for Asylum and for Withholding of Removal": (
            "Formulario I-589 (Application for Asylum and for Withholding of Removal)"
        ),
        "Form I-589, additional copy for {name}": "Formulario I-589, copia adicional para {name}",
        "Form I-765, Application for Employment Authorization": (
            "Formulario I-765 (Application for Employment Authorization)"
        ),
        "Form I-765, Application for Employment Authorization — {name}": (
            "Formulario I-765 (Application for Employment Authorization) — {name}"
        ),
        "Form I-912, Request for Fee Waiver": "Formulario I-912 (Request for Fee Waiver)",
        "Form I-914 Supplement A — {name}": "Formulario I-914, Suplemento A — {name}",
        "Form I-914 Supplement B, Declaration for Trafficking Victim": (
            "Formulario I-914, Suplemento B (Declaration for Trafficking Victim)"
        ),
        "Form I-914, Application for T Nonimmigrant Status": (
            "Formulario I-914 (Application for T Nonimmigrant Status)"
        ),
        "Form I-918 Supplement A — {name}": "Formulario I-918, Suplemento A — {name}",
        "Form I-918 Supplement B, U Nonimmigrant Status Certification": (
            "Formulario I-918, Suplemento B (U Nonimmigrant Status Certification)"
        ),
        "Form I-918, Petition for U Nonimmigrant Status": (
            "Formulario I-918 (Petition for U Nonimmigrant Status)"
        ),
        "Memorandum of law (or of points and authorities)": (
            "Memorando de derecho (o de puntos y fundamentos legales)"
        ),
        "Notice of motion (or of petition)": "Aviso de moción (o de petición)",
        "Passport-style photographs of the applicant": (
            "Fotografías tipo pasaporte del solicitante"
        ),
        "Passport-style photographs of the applicant and each family member included": (
            "Fotografías tipo pasaporte del solicitante y de cada familiar incluido"
        ),
        "Passport-style photographs of {name} (Supplement A)": (
            "Fotografías tipo pasaporte de {name} (Suplemento A)"
        ),
        "Personal declaration of the applicant": "Declaración personal del solicitante",
        "Personal statement of the petitioner": "Declaración personal del peticionario",
        "Proof of service on DHS (ICE Office of the Principal Legal Advisor)": (
            "Prueba de notificación al DHS (oficina del asesor jurídico principal de ICE)"
        ),
        "Proof of service on the prosecutor": "Prueba de notificación a la fiscalía",
        "Proof of {name}'s relationship to the applicant (birth or marriage certificate, with "
        "certified translation)": (
            "Prueba del parentesco de {name} con el solicitante (acta de nacimiento o de "
            "matrimonio, con traducción certificada)"
        ),
        "Certificate of translation: {name}": "Certificado de traducción: {name}",
        "Translator's affidavit: {name}": "Declaración jurada del traductor: {name}",
        "Translator's declaration under oath: {name}": (
            "Declaración bajo juramento del traductor: {name}"
        ),
        "Translator's sworn statement: {name}": "Declaración jurada del traductor: {name}",
        "Proposed order": "Propuesta de orden",
        "Request to seal the motion papers or to use the client's initials in the caption": (
            "Solicitud para sellar los documentos de la moción o usar las iniciales del cliente "
            "en el encabezado"
        ),
    }
)

# h2: the declaration topics still waiting for the client's account (templates.render
# narrative_topic: clauses/data/library headings, said by the client in the first person) and
# the documents screen's tooltips: copies to send (packets/data/plans copies authorities), the
# drafts' review warnings, a form value not yet reviewed (forms/maps by_relief cites) and the
# assessment's screening-result label (eligibility.assess OUTCOME_LABELS). Context Data.
ES.update(
    {
        "The client's account: {topic}": "El relato del cliente: {topic}",
        "What happened to me, in order": "Lo que me pasó, en orden",
        "Why I was chosen and why I fear return": "Por qué me escogieron y por qué temo regresar",
        "When I arrived and why I did not apply sooner": (
            "Cuándo llegué y por qué no presenté la solicitud antes"
        ),
        "How I was recruited and brought there": "Cómo me reclutaron y me llevaron allí",
        "What I was promised": "Lo que me prometieron",
        "Why I could not leave": "Por qué no podía irme",
        "The work I was made to do": "El trabajo que me obligaron a hacer",
        "How it ended": "Cómo terminó",
        "Why I am in the United States": "Por qué estoy en Estados Unidos",
        "When I left the United States": "Cuándo salí de Estados Unidos",
        "How I helped the authorities": "Cómo ayudé a las autoridades",
        "Why I could not do everything I was asked": (
            "Por qué no pude hacer todo lo que me pidieron"
        ),
        "What they made me do to others": "Lo que me obligaron a hacerles a otras personas",
        "Things I did only because I was trafficked": (
            "Lo que hice solo porque era víctima de trata"
        ),
        "What would happen to me if I were sent back": "Lo que me pasaría si me devolvieran",
        "My family is in danger": "Mi familia está en peligro",
        "The crime committed against me": "El delito cometido contra mí",
        "How I was hurt": "Cómo me hicieron daño",
        "What I know and how I helped": "Lo que sé y cómo ayudé",
        "How I was trafficked": "Cómo fui víctima de trata",
        "Why I was arrested": "Por qué me arrestaron",
        "Since then": "Desde entonces",
        # copies to send, besides the original
        "{title}: Send the original only ({authority}).": (
            "{title}: envíe solo el original ({authority})."
        ),
        "{title}: Send the original and 1 copy ({authority}).": (
            "{title}: envíe el original y 1 copia ({authority})."
        ),
        "{title}: Send the original and {n} copies ({authority}).": (
            "{title}: envíe el original y {n} copias ({authority})."
        ),
        "Supporting documents (exhibits)": "Documentos de apoyo (anexos)",
        "8 CFR 103.2(b)(4) (application and petition forms are submitted in the original; "
        "supporting documents may be photocopies unless the instructions ask for an original) "
        "(VERIFY against the current form instructions)": (
            "8 CFR 103.2(b)(4) (los formularios de solicitud y de petición se presentan en "
            "original; los documentos de apoyo pueden ser fotocopias, salvo que las instrucciones "
            "pidan el original) (VERIFY con las instrucciones vigentes del formulario)"
        ),
        "Form I-589 instructions, required documents and number of copies (earlier editions: a "
        "copy of each supporting document for the application and for its copy) (VERIFY against "
        "the current edition)": (
            "Instrucciones del Formulario I-589, documentos requeridos y número de copias "
            "(ediciones anteriores: una copia de cada documento de apoyo para la solicitud y otra "
            "para su copia) (VERIFY con la edición vigente)"
        ),
        "Form I-589 instructions, required documents and number of copies (earlier editions: the "
        "original and one copy of the completed I-589) (VERIFY against the current edition)": (
            "Instrucciones del Formulario I-589, documentos requeridos y número de copias "
            "(ediciones anteriores: el original y una copia del I-589 completado) (VERIFY con la "
            "edición vigente)"
        ),
        "EOIR Immigration Court Practice Manual (one set to the court; the set for DHS is served) "
        "(VERIFY the chapter)": (
            "Manual de práctica de los tribunales de inmigración de la EOIR (Immigration Court "
            "Practice Manual) (un juego se presenta al tribunal; el juego del DHS se le notifica) "
            "(VERIFY el capítulo)"
        ),
        "EOIR Immigration Court Practice Manual (the original to the court; the copy for DHS is "
        "served, see the proof of service) (VERIFY the chapter)": (
            "Manual de práctica de los tribunales de inmigración de la EOIR (Immigration Court "
            "Practice Manual) (el original se presenta al tribunal; la copia del DHS se le "
            "notifica, vea la prueba de notificación) (VERIFY el capítulo)"
        ),
        # the drafts' review warnings
        "{n}% of the clause words are default text, not the client's facts: adjudicators notice "
        "identical declarations. Rewrite in the client's words.": (
            "El {n} % de las palabras de las cláusulas es texto predeterminado, no hechos del "
            "cliente: los funcionarios que resuelven el caso notan las declaraciones idénticas. "
            "Reescriba el texto con las palabras del cliente."
        ),
        "The {state} vacatur row is {status}: check it before filing.": (
            'Los datos de anulación de {state} están marcados "{status}": revíselos antes de '
            "presentar."
        ),
        "stale": "sin revisar",
        # a form value that depends on the relief, not yet reviewed
        "{place}: the value '{value}' for the {relief} is marked {status} ({cite}); an attorney "
        "must confirm it.": (
            "{place}: el valor '{value}' en la solicitud de {relief} está marcado \"{status}\" "
            "({cite}); un abogado debe confirmarlo."
        ),
        "Page {page}, Part {part}, Item {number}": "Página {page}, Parte {part}, punto {number}",
        # files the plan expects and forms ReliefDesk cannot fill (the documents screen's review)
        "The official {form} PDF is not on this computer: ReliefDesk may not bundle it. Download "
        "it from {url}, then add it with 'Add official form' in the app.": (
            "El PDF oficial del {form} no está en esta computadora: ReliefDesk no puede incluirlo. "
            "Descárguelo de {url} y agréguelo con 'Añadir formulario oficial' en la aplicación."
        ),
        "ReliefDesk cannot fill {form}: no copy of {what} was available to map. Download it from "
        "{url}, complete it by hand and add the completed PDF as '{name}' in the packet's "
        "exhibits folder.": (
            "ReliefDesk no puede llenar el {form}: no se dispuso de {what} para preparar su "
            "llenado. Descárguelo de {url}, llénelo a mano y guarde el PDF completado como "
            "'{name}' en la carpeta de anexos del paquete."
        ),
        "add {what} as '{name}' in the packet's exhibits folder": (
            "guarde {what} como '{name}' en la carpeta de anexos del paquete"
        ),
        "add {what} as '{name}' in {folder}": "guarde {what} como '{name}' en {folder}",
        "the official PDF": "una copia del PDF oficial",
        "the current edition": "una copia de la edición vigente",
        "the file": "el archivo",
        "the completed, signed PDF": "el PDF completado y firmado",
        "the translator's signed certificate": "el certificado firmado del traductor",
        "the English translation with the translator's signed certificate": (
            "la traducción al inglés con el certificado firmado del traductor"
        ),
        "I-589": "I-589",
        "I-765": "I-765",
        "I-912": "I-912",
        "I-914": "I-914",
        "I-914 Supplement A": "I-914, Suplemento A",
        "I-918": "I-918",
        "I-918 Supplement A": "I-918, Suplemento A",
        "I-914 Supplement B": "I-914, Suplemento B",
        "I-918 Supplement B": "I-918, Suplemento B",
        "G-28": "G-28",
        # form items the documents screen asks for (derived facts, form_item_facts)
        "I-914 Part 3 item 8: the list of entries and exits, answered, holds exactly one entry; "
        "No when two or more are recorded": (
            "I-914, Parte 3, punto 8: la lista de entradas y salidas, ya respondida, tiene una "
            "sola entrada; «No» si hay dos o más"
        ),
        "I-914 Supplement A Part 1 item 2: for a child of a derivative, the relationship to the "
        "client of the family member named as the child's parent (spouse, child, parent, "
        "sibling)": (
            "I-914, Suplemento A, Parte 1, punto 2: para el hijo de un derivado, el parentesco con "
            "el cliente del familiar indicado como padre o madre del menor (cónyuge, hijo, padre o "
            "madre, hermano)"
        ),
        "I-914 Supplement A Part 3 item 24.E: a next immigration court hearing date is recorded": (
            "I-914, Suplemento A, Parte 3, punto 24.E: consta la fecha de la próxima audiencia "
            "ante el tribunal de inmigración"
        ),
        # where the packet is filed (packets/data/filing_addresses.yaml)
        "(address from the Form I-589 'Where to file' table for the applicant's state)": (
            "(dirección según la tabla 'Where to file' del Formulario I-589 para el estado del "
            "solicitante)"
        ),
        "USCIS Form I-914 page, 'Where to file' (VERIFY)": (
            "Página del Formulario I-914 en el sitio de USCIS, sección 'Where to file' (VERIFY)"
        ),
        "USCIS Form I-918 page, 'Where to file' (VERIFY)": (
            "Página del Formulario I-918 en el sitio de USCIS, sección 'Where to file' (VERIFY)"
        ),
        "USCIS Form I-589 page, 'Where to file' (by state of residence) (VERIFY)": (
            "Página del Formulario I-589 en el sitio de USCIS, sección 'Where to file' (según el "
            "estado de residencia) (VERIFY)"
        ),
        "The immigration court with jurisdiction over the case (file through EOIR's ECAS or at "
        "the court clerk's window), served on the ICE Office of the Principal Legal Advisor": (
            "El tribunal de inmigración competente para el caso (presente por ECAS de la EOIR o en "
            "la ventanilla de la secretaría del tribunal), con notificación a la Oficina del "
            "Asesor Jurídico Principal (OPLA) de ICE"
        ),
        "8 CFR 1208.4(b)(3)(iii) (in proceedings, the I-589 is filed with the immigration court) "
        "(VERIFY)": (
            "8 CFR 1208.4(b)(3)(iii) (en procedimientos, el I-589 se presenta ante el tribunal de "
            "inmigración) (VERIFY)"
        ),
        "8 CFR 292.4(a) (notice of appearance on Form G-28)": (
            "8 CFR 292.4(a) (comparecencia como representante en el Formulario G-28)"
        ),
        "8 CFR 292.4(a); affirmative asylum before USCIS (EOIR-28 in court)": (
            "8 CFR 292.4(a); asilo afirmativo ante USCIS (EOIR-28 ante el tribunal)"
        ),
        "Form I-589 is an application": "el Formulario I-589 es una solicitud (application)",
        "Form I-914 is an application": "el Formulario I-914 es una solicitud (application)",
        "Form I-918 is a petition": "el Formulario I-918 es una petición (petition)",
        # the assessment's screening result, as its tooltip says it
        "Screening result for attorney review: elements appear to be met": (
            "Resultado preliminar para revisión del abogado: los elementos parecen cumplirse"
        ),
        "Screening result for attorney review: an element appears not to be met": (
            "Resultado preliminar para revisión del abogado: un elemento parece no cumplirse"
        ),
        "Screening result for attorney review: more information needed": (
            "Resultado preliminar para revisión del abogado: falta información"
        ),
        "Screening result for attorney review: does not apply to this client": (
            "Resultado preliminar para revisión del abogado: no corresponde a este cliente"
        ),
    }
)


# h4: an unknown element's reason said from its parts (eligibility.assess UNKNOWN_UNTIL,
# SHOWN_SO_FAR; desktop/data_text.py reason_tr): each fact the rules read, by its catalogue
# description (context Field; rule_fact_descriptions), and the sentence pieces (context Data).
ES.update(
    {
        "Shown so far:": "Consta hasta ahora:",
        "Delay between the end of the circumstance that excuses the one-year deadline and the "
        "filing (or today, if not yet filed): reasonable (up to about 6 months), doubtful (up to "
        "a year) or unreasonable (over a year) [VERIFY]": (
            "Demora entre el fin de la circunstancia que justifica la excepción al plazo de un "
            "año y la presentación de la solicitud (o la fecha de hoy, si aún no se presentó): "
            "razonable (hasta unos 6 meses), dudosa (hasta un año) o no razonable (más de un año) "
            "[VERIFY]"
        ),
        "The I-589 was (or, if not yet filed, would now be) filed after the one-year deadline; "
        "the filing date is the receipt date, or the mailing date where a clear record of mailing "
        "exists [VERIFY]": (
            "El I-589 se presentó (o, si aún no se ha presentado, se presentaría hoy) después del "
            "plazo de un año; la fecha de presentación es la de recepción, o la de envío por "
            "correo si hay constancia clara del envío [VERIFY]"
        ),
        "The strongest particular social group counsel listed meets all three prongs "
        "(immutability, particularity, social distinction); false when every listed group fails "
        "one. Judged per group from the PSG library (DOMAIN.md §6.4) and the evidence of social "
        "distinction [VERIFY]": (
            "El grupo social determinado más sólido que indicó el abogado cumple los tres "
            "requisitos (inmutabilidad, particularidad y distinción social); no se cumple si "
            "todos los grupos indicados fallan en alguno. Se evalúa grupo por grupo, según la "
            "biblioteca de grupos sociales determinados y las pruebas de distinción social "
            "[VERIFY]"
        ),
        "A signed I-918 Supp B that is no more than 6 months old on the planned filing date (or "
        "today, if none is set)": (
            "Un Suplemento B del I-918 firmado que no tenga más de 6 meses en la fecha prevista "
            "de presentación (o en la fecha de hoy, si no se ha fijado ninguna)"
        ),
        "Client was under 18 at some time during the episode (at its start, or at its end if "
        "the start is unknown); an episode still going on counts up to today": (
            "El cliente era menor de 18 años en algún momento del episodio (al comienzo, o al "
            "final si se desconoce el comienzo); un episodio que continúa cuenta hasta hoy"
        ),
        # notes in words after a citation, and a citation that is words (cite_notes)
        "the list of qualifying crimes, including stalking and fraud in foreign labor "
        "contracting": (
            "la lista de actividades delictivas que califican, incluidos el acecho y el fraude en "
            "la contratación de mano de obra en el extranjero"
        ),
        "The state's vacatur statute, e.g. NY CPL 440.10(1)(i)": (
            "La ley de anulación del estado, p. ej., NY CPL 440.10(1)(i)"
        ),
        # packets.plan's fixed review lines (PLAN_PROBLEMS)
        "needs a full English translation with the translator's certificate (8 CFR "
        "103.2(b)(3))": (
            "necesita una traducción completa al inglés con el certificado del traductor (8 CFR "
            "103.2(b)(3))"
        ),
        "no exhibit for it yet: record one in the profile's exhibits whose description says what "
        "it is, or mark the element it proves": (
            "aún no hay una prueba documental para esto: registre una en las pruebas documentales "
            "del perfil, con una descripción que diga qué es, o marque el elemento que prueba"
        ),
        "Client was under 18 during at least one trafficking or crime episode": (
            "El cliente era menor de 18 años durante al menos un episodio de trata o de delito"
        ),
        # the form items the documents screen asks for (derived facts of facts/derived_*forms.py,
        # form_item_facts): their descriptions, fact ids said in words (screen_text)
        # family[].relationship_words
        "The family member's relationship to the client in the words a form prints (mother, son, "
        "wife, granddaughter), from the recorded relationship and sex": (
            "El parentesco del familiar con el cliente en las palabras que imprime el formulario "
            "(madre, hijo, esposa, nieta), según el parentesco registrado y el sexo"
        ),
        # fee_waiver.total_household_income
        "I-912 Part 5 item 8: the client's annual income plus the other household members' (I-912 "
        "Part 5 items 6 and 7), in U.S. dollars": (
            "I-912, Parte 5, punto 8: el ingreso anual del cliente más el de los demás miembros "
            "del hogar (I-912, Parte 5, puntos 6 y 7), en dólares estadounidenses"
        ),
        # fee_waiver.total_assets
        "I-912 Part 6 item 2: the total value of the cash and assets listed, in U.S. dollars": (
            "I-912, Parte 6, punto 2: el valor total del efectivo y los bienes indicados, en "
            "dólares estadounidenses"
        ),
        # asylum.third_country_yes
        "I-589 Part C.2: 'Yes' to 2.A (traveled through or stayed in another country) or 2.B "
        "(applied for or received status elsewhere); the explanation box serves both": (
            "I-589, Parte C, punto 2: «Sí» en 2.A (pasó por otro país o se quedó en él) o en 2.B "
            "(solicitó o recibió un estatus en otro país); el recuadro de explicación sirve para "
            "ambas"
        ),
        # asylum.arrests_summary
        "I-589 Part C.6: each recorded arrest as date; place; charge; outcome, one per line, for "
        "the attorney to complete with the client's account": (
            "I-589, Parte C, punto 6: cada arresto registrado (fecha, lugar, cargo y resultado), "
            "uno por línea, para que el abogado lo complete con el relato del cliente"
        ),
        # asylum.one_year_summary
        "I-589 Part C.5: the one-year exceptions recorded for the client and when the "
        "circumstance ended, pointing to the declaration for the account [VERIFY]": (
            "I-589, Parte C, punto 5: las excepciones al plazo de un año registradas para el "
            "cliente y cuándo terminó la circunstancia, con remisión a la declaración para el "
            "relato [VERIFY]"
        ),
        # u_petition.victim_of_listed_crime
        "I-918 Part 2 item 1: the record holds a trafficking episode or a crime of a listed type "
        "of qualifying criminal activity; No when every episode is a crime of unlisted types "
        "only; unknown when no episode is recorded": (
            "I-918, Parte 2, punto 1: el expediente registra un episodio de trata o un delito de "
            "la lista de actividades delictivas que califican; «No» si todos los episodios son "
            "delitos que no están en la lista; se desconoce si no hay ningún episodio registrado"
        ),
        # u_petition.substantial_abuse
        "I-918 Part 2 item 2: physical injury, mental harm or lasting effects from the crime; No "
        "only when all three are answered no": (
            "I-918, Parte 2, punto 2: lesiones físicas, daño mental o efectos duraderos causados "
            "por el delito; «No» solo si se respondió «no» a las tres preguntas"
        ),
        # u_petition.submitting_supp_b
        "I-918 Part 2 item 4: a signed I-918 Supplement B is on file; No when certifications are "
        "recorded but none is a signed I-918B": (
            "I-918, Parte 2, punto 4: hay en el expediente un Suplemento B del I-918 firmado; "
            "«No» si hay certificaciones registradas pero ninguna es un I-918B firmado"
        ),
        # u_petition.crime_in_us_or_us_law
        "I-918 Part 2 item 5: an episode happened in the United States or its territories, or the "
        "crime violated U.S. law (a crime abroad that violates a U.S. law with reach outside the "
        "U.S., e.g. 18 USC 1596; attorney judgement)": (
            "I-918, Parte 2, punto 5: un episodio ocurrió en Estados Unidos o sus territorios, o "
            "el delito violó la ley de EE. UU. (un delito cometido en el extranjero que viola una"
            " ley de EE. UU. con alcance extraterritorial, p. ej. 18 USC 1596; a criterio del "
            "abogado)"
        ),
        # u_petition.under_16
        "I-918 Part 2 item 6: the petitioner is under 16 today (age in whole years, from the date "
        "of birth)": (
            "I-918, Parte 2, punto 6: el peticionario tiene hoy menos de 16 años (edad en años "
            "cumplidos, según la fecha de nacimiento)"
        ),
        # u_petition.petitioning_for_family
        "I-918 Part 4 item 26: at least one family member is included as a derivative; No when "
        "family is recorded and none is included": (
            "I-918, Parte 4, punto 26: al menos un familiar se incluye como derivado; «No» si hay"
            " familiares registrados y ninguno se incluye"
        ),
        # family[].current_location
        "Where the family member lives now, city and country; 'United States' when it is only "
        "known that they are in the U.S.": (
            "Dónde vive ahora el familiar, ciudad y país; 'United States' si solo se sabe que "
            "está en Estados Unidos"
        ),
        # addresses[].province
        "The state/province of an address outside the United States (used when the address's "
        "country is not the U.S.); U.S. states go to the State box instead": (
            "El estado o la provincia de una dirección fuera de Estados Unidos; los estados de "
            "EE. UU. van en la casilla 'State'"
        ),
        # addresses[].foreign_postal_code
        "The postal code of an address outside the United States (used when the address's country "
        "is not the U.S.); U.S. codes go to the ZIP Code box": (
            "El código postal de una dirección fuera de Estados Unidos; los códigos de EE. UU. "
            "van en la casilla 'ZIP Code'"
        ),
        # u_petition.ever_in_proceedings
        "I-918 Part 2 item 7.a: the client is now in immigration court proceedings (removal, "
        "exclusion or deportation) or ever was": (
            "I-918, Parte 2, punto 7.a: el cliente está ahora en un proceso ante la corte de "
            "inmigración (expulsión, exclusión o deportación) o lo estuvo alguna vez"
        ),
        # u_petition.proceedings_date_text
        "I-918 Part 2 item 7 date of action: 'Current' while the client is in proceedings (the "
        "form's instruction), else the date of the last action in past proceedings, as "
        "MM/DD/YYYY": (
            "I-918, Parte 2, punto 7, fecha de la actuación: 'Current' mientras el cliente está "
            "en un proceso (según las instrucciones del formulario); si no, la fecha de la última"
            " actuación en un proceso anterior, como MM/DD/AAAA"
        ),
        # admissibility.ever_arrested
        "I-914 Part 4 item 1.B / I-918 Part 3 item 1.b: an arrest, citation or detention is "
        "recorded in the arrests list; No only when the arrests list was answered 'none' or the "
        "client answered never arrested": (
            "I-914, Parte 4, punto 1.B / I-918, Parte 3, punto 1.b: hay registrado un arresto, "
            "una citación o una detención; «No» solo si la lista de arrestos se respondió "
            "«ninguno» o si el cliente respondió que nunca fue arrestado ni condenado"
        ),
        # family[].relation_to_derivative
        "I-918 Supplement A Part 6: how a child of a derivative family member is related to that "
        "qualifying family member: 'Child'": (
            "I-918, Suplemento A, Parte 6: el parentesco del hijo de un derivado con ese familiar"
            " que califica: 'Child' (hijo)"
        ),
        # t_application.victim_of_trafficking
        "I-914 Part 3 item 1: the record holds a sex or labor trafficking episode; No when every "
        "recorded episode is another crime; unknown when none is recorded": (
            "I-914, Parte 3, punto 1: el expediente registra un episodio de trata sexual o "
            "laboral; «No» si todos los episodios registrados son otros delitos; se desconoce si "
            "no hay ninguno registrado"
        ),
        # t_application.cooperated
        "I-914 Part 3 item 2.A: law enforcement asked the client for help and the client did not "
        "refuse; No after a refusal": (
            "I-914, Parte 3, punto 2.A: las autoridades pidieron ayuda al cliente y el cliente no"
            " se negó; «No» después de una negativa"
        ),
        # t_application.exempt_from_cooperation
        "I-914 Part 3 item 2.B: under 18 during the trafficking, or unable to cooperate because "
        "of physical or psychological trauma (INA 101(a)(15)(T)(i)(III)(bb); 8 CFR "
        "214.202(c)(2)), an attorney judgement with professional evidence": (
            "I-914, Parte 3, punto 2.B: menor de 18 años durante la trata, o incapaz de cooperar "
            "por un trauma físico o psicológico (INA 101(a)(15)(T)(i)(III)(bb) y 8 CFR "
            "214.202(c)(2)), a criterio del abogado y con pruebas de un profesional"
        ),
        # t_application.present_on_account
        "I-914 Part 3 item 3: now in the U.S., American Samoa, the CNMI or at a U.S. port of "
        "entry, and because of the trafficking (still trafficked, recently freed, in ongoing "
        "treatment, or taking part in an investigation or judicial proceedings)": (
            "I-914, Parte 3, punto 3: está ahora en EE. UU., Samoa Americana, la CNMI o en un "
            "puerto de entrada de EE. UU., y a causa de la trata (sigue siendo víctima de trata, "
            "fue liberado hace poco, recibe tratamiento o participa en una investigación o un "
            "proceso judicial)"
        ),
        # t_application.fears_extreme_hardship
        "I-914 Part 3 item 4: any hardship factor on removal is answered yes; No only when every "
        "factor is answered no": (
            "I-914, Parte 3, punto 4: se respondió «sí» a algún factor de dificultades extremas "
            "en caso de expulsión; «No» solo si se respondió «no» a todos los factores"
        ),
        # t_application.complied_or_unable
        "I-914 Part 3 item 7: the client cooperated (item 2.A) or trauma makes cooperation "
        "impossible (INA 101(a)(15)(T)(i)(III)(bb); 8 CFR 214.202(c)(2)), an attorney judgement "
        "with professional evidence": (
            "I-914, Parte 3, punto 7: el cliente cooperó (punto 2.A) o un trauma le impide "
            "cooperar (INA 101(a)(15)(T)(i)(III)(bb) y 8 CFR 214.202(c)(2)), a criterio del "
            "abogado y con pruebas de un profesional"
        ),
        # t_application.applying_for_family
        "I-914 Part 3 item 11: at least one family member is included as a derivative; No when "
        "family is recorded and none is included": (
            "I-914, Parte 3, punto 11: al menos un familiar se incluye como derivado; «No» si hay"
            " familiares registrados y ninguno se incluye"
        ),
        # t_application.i914_status
        "I-914 Supplement A Part 2 item 4, the principal's I-914: approved once T status is "
        "granted, pending when filed before, else filed together with this supplement": (
            "I-914, Suplemento A, Parte 2, punto 4, el I-914 del solicitante principal: aprobado "
            "una vez otorgado el estatus T, pendiente si se presentó antes; si no, se presenta "
            "junto con este suplemento"
        ),
    }
)


# h5 (issue 18 item 1): packets.plan's review lines that carry a file name or a date (see
# desktop/data_text.py COMPOSED): the file names, dates, editions and citations stay as written.
ES.update(
    {
        "Exhibit {label}: the file has changed since it was attached (its SHA-256 differs from "
        "the recorded one); attach it again if it is the right document": (
            "Anexo {label}: el archivo cambió desde que se adjuntó (su SHA-256 no coincide con el "
            "registrado); vuelva a adjuntarlo si es el documento correcto"
        ),
        "Exhibit {label}: the file path '{path}' is refused: {reason}.": (
            "Anexo {label}: se rechaza la ruta del archivo '{path}': {reason}."
        ),
        "it leads outside the exhibits folder {folder} (a link?)": (
            "lleva fuera de la carpeta de anexos {folder} (¿un enlace?)"
        ),
        "the path is longer than {n} characters": "la ruta tiene más de {n} caracteres",
        "the path is empty or contains a NUL character": (
            "la ruta está vacía o contiene un carácter nulo (NUL)"
        ),
        "the path contains a NUL character": "la ruta contiene un carácter nulo (NUL)",
        "the path is empty": "la ruta está vacía",
        "the path is absolute; it must be relative to the client's exhibits folder": (
            "la ruta es absoluta; debe ser relativa a la carpeta de anexos del cliente"
        ),
        "the path climbs out of the client's exhibits folder ('..')": (
            "la ruta sale de la carpeta de anexos del cliente ('..')"
        ),
        "the path is relative and no exhibits folder was given": (
            "la ruta es relativa y no se indicó ninguna carpeta de anexos"
        ),
        "the file has changed since it was attached (its SHA-256 differs from the recorded "
        "one); attach it again if it is the right document": (
            "el archivo cambió desde que se adjuntó (su SHA-256 no coincide con el registrado); "
            "vuelva a adjuntarlo si es el documento correcto"
        ),
        "{file} is in the exhibits folder but not recorded in the client's profile; it was added "
        "as an exhibit. Record it (description, language) in the profile.": (
            "{file} está en la carpeta de anexos pero no consta en el perfil del cliente; se "
            "agregó como anexo. Regístrelo en el perfil (descripción e idioma)."
        ),
        "{title}: the edition of {file} could not be read; check it is the current edition on "
        "uscis.gov.": (
            "{title}: no se pudo leer la edición de {file}; verifique que sea la edición vigente "
            "publicada en uscis.gov."
        ),
        "{file} is form {form}, not {title}": (
            "{file} es el formulario {form}, no el que corresponde: {title}"
        ),
        "{file} is the obsolete edition {edition} (expired {expires}); USCIS rejects outdated "
        "editions. Download the current edition from uscis.gov.": (
            "{file} es la edición obsoleta {edition} (venció el {expires}); USCIS rechaza las "
            "ediciones vencidas. Descargue la edición vigente de uscis.gov."
        ),
        "the certification was signed on {signed}, more than 6 months before filing (expired "
        "{expires}); USCIS requires a signature within the 6 months before filing (8 CFR "
        "214.14(c)(2)(i)). Get a new certification.": (
            "la certificación se firmó el {signed}, más de 6 meses antes de la presentación "
            "(venció el {expires}); USCIS exige que se firme dentro de los 6 meses anteriores a "
            "la presentación (8 CFR 214.14(c)(2)(i)). Obtenga una nueva certificación."
        ),
        "no signed certification is recorded: ask the certifying agency (draft the request with "
        "'{draft}')": (
            "no consta ninguna certificación firmada: pídala a la agencia certificadora (prepare "
            "la solicitud con el borrador '{draft}')"
        ),
        "This {relief} plan has items marked VERIFY: an attorney must check them against "
        "current law and the current form instructions before filing.": (
            "El plan de presentación ({relief}) tiene puntos marcados VERIFY: un abogado debe "
            "verificarlos según la ley vigente y las instrucciones vigentes del formulario antes "
            "de presentar."
        ),
        "The {relief} plan was last reviewed {date}, more than {n} days ago: treat it as stale.": (
            "El plan de presentación ({relief}) se revisó por última vez el {date}, hace más de "
            "{n} días: trátelo como desactualizado."
        ),
        # the drafts' names (templates.registry DOCUMENTS, draft_titles): a review line names
        # the draft to use by the name the screen gives it
        "T visa personal declaration": "Declaración personal para la visa T",
        "U visa personal declaration": "Declaración personal para la visa U",
        "Asylum declaration": "Declaración para el asilo",
        "Particular social group and one-year deadline worksheet": (
            "Hoja de trabajo sobre el grupo social determinado y el plazo de un año"
        ),
        "I-914 Supplement B request letter": "Carta de solicitud del Suplemento B del I-914",
        "I-918 Supplement B request letter": "Carta de solicitud del Suplemento B del I-918",
        "USCIS cover letter": "Carta de presentación para USCIS",
        "Evidence checklist": "Lista de pruebas",
        "Certificate of translation": "Certificado de traducción",
        "Vacatur: notice of motion": "Anulación: aviso de moción",
        "Vacatur: client affidavit": "Anulación: declaración jurada del cliente",
        "Vacatur: attorney affirmation": "Anulación: afirmación del abogado",
        "Vacatur: memorandum of law": "Anulación: memorando de derecho",
        "Vacatur: proposed order": "Anulación: propuesta de orden",
        "Vacatur: affirmation of service on the prosecutor": (
            "Anulación: afirmación de notificación a la fiscalía"
        ),
        "{title}: signed {signed}; file by {expires} (6 months, 8 CFR 214.14(c)(2)(i)).": (
            "{title}: fecha de firma {signed}; presente la petición a más tardar el {expires} "
            "(6 meses, 8 CFR 214.14(c)(2)(i))."
        ),
    }
)


# h7: the plan's and the build's other warnings (packets.plan, packets.venues, packets.service,
# packets.assemble, packets.exhibits; see desktop/data_text.py COMPOSED and plan_warnings), which
# the draft packet's details list: names, dates, counts, citations and court names stay as
# written.
ES.update(
    {
        "A fee waiver was asked for, but none is available for this filing.": (
            "Se pidió una exención de tarifas, pero esta solicitud no admite ninguna."
        ),
        "A fee waiver was asked for, but none is available for this filing: {note}": (
            "Se pidió una exención de tarifas, pero esta solicitud no admite ninguna: {note}"
        ),
        "No fee is paid by the victim; the agency submits the request.": (
            "La víctima no paga ninguna tarifa; la agencia presenta la solicitud."
        ),
        "Pub. L. 119-21 fees (the I-589 fee, $100 in 2025, and the Annual Asylum Fee) cannot be "
        "waived or reduced (90 FR 34511); the amounts are adjusted for inflation from 2026-01-01 "
        "(90 FR 52693): confirm the current amount on the USCIS fee schedule before filing "
        "(VERIFY).": (
            "Las tarifas de la Pub. L. 119-21 (la tarifa del I-589, $100 en 2025, y la tarifa "
            "anual de asilo) no se pueden eximir ni reducir (90 FR 34511); los montos se ajustan "
            "por inflación a partir del 2026-01-01 (90 FR 52693): confirme el monto vigente en la "
            "tabla de tarifas de USCIS antes de presentar (VERIFY)."
        ),
        "Whether the client is in removal proceedings is unknown: planned as an affirmative "
        "filing with USCIS. Confirm before filing.": (
            "No se sabe si el cliente está en un proceso de deportación: se planificó como una "
            "solicitud afirmativa ante USCIS. Confírmelo antes de presentar."
        ),
        "{name} ({relationship}) is included as a derivative, but the eligibility screen could "
        "not decide whether they qualify: answer the open questions or confirm with the "
        "attorney.": (
            "{name} ({relationship}) se incluye como derivado, pero la evaluación de elegibilidad "
            "no pudo decidir si reúne los requisitos: responda las preguntas pendientes o "
            "confírmelo con el abogado."
        ),
        "family member": "familiar",
        "The vacatur papers follow the New York set (CPL 440.10(1)(i)); the client's state is "
        "{state}. Check that state's statute and procedure (VERIFY).": (
            "Los escritos de anulación siguen el modelo de Nueva York (CPL 440.10(1)(i)); el "
            "estado del cliente es {state}. Verifique la ley y el procedimiento de ese estado "
            "(VERIFY)."
        ),
        "The vacatur papers follow the New York set (CPL 440.10(1)(i)); the client's state is "
        "unknown. Check that state's statute and procedure (VERIFY).": (
            "Los escritos de anulación siguen el modelo de Nueva York (CPL 440.10(1)(i)); no se "
            "sabe el estado del cliente. Verifique la ley y el procedimiento de ese estado "
            "(VERIFY)."
        ),
        "{venue}: the state table does not say where these papers are filed or whether records "
        "from several courts may share one motion. VERIFY in the statute; ReliefDesk prepares "
        "one set of papers per court.": (
            "{venue}: la tabla de estados no dice dónde se presentan estos escritos ni si los "
            "antecedentes de varios tribunales pueden ir en una sola moción. Verifíquelo en la "
            "ley (VERIFY); ReliefDesk prepara un juego de escritos por tribunal."
        ),
        "{venue}: record the court and county of each record, so the papers name the right "
        "court.": (
            "{venue}: registre el tribunal y el condado de cada antecedente, para que los "
            "escritos nombren el tribunal correcto."
        ),
        "Court not recorded": "Tribunal no registrado",
        "County not recorded": "Condado no registrado",
        "The client's records are in {n} courts or counties: {venues}. Prepare one set of papers "
        "per venue (choose the court on the Documents screen); this plan lists every record "
        "together.": (
            "Los antecedentes del cliente están en {n} tribunales o condados: {venues}. Prepare "
            "un juego de escritos por tribunal (elija el tribunal en la pantalla Documentos); "
            "este plan enumera todos los antecedentes juntos."
        ),
        "VERIFY: {statute} reaches {scope} Excluded: {exclusions}. Check each offense listed "
        "against the current statute text (for California, the violent felonies of Penal Code "
        "667.5(c), VERIFY) before filing.": (
            "VERIFY: {statute} abarca lo siguiente: {scope} Excluidos: {exclusions}. Compare "
            "cada delito de la lista con el texto vigente de la ley (en California, los delitos "
            "graves violentos del Penal Code 667.5(c), VERIFY) antes de presentar."
        ),
        "Arrests, convictions and adjudications for any nonviolent offense (prostitution "
        "included) committed while the person was a victim of human trafficking.": (
            "Arrestos, condenas y resoluciones de menores por cualquier delito no violento "
            "(incluida la prostitución) cometido mientras la persona era víctima de trata de "
            "personas."
        ),
        "violent felonies": "delitos graves violentos",
        "{title} is not included: {why}.": "No se incluye {title}: {why}.",
        "ready": "listo",
        "needs wet signature": "requiere firma a mano",
        "missing facts": "faltan datos",
        "missing file": "falta el archivo",
        "form PDF not supplied": "falta el PDF del formulario",
        "unreadable": "ilegible",
        "not available": "no disponible",
        "{title} has gaps: {problem}": "{title} tiene datos pendientes: {problem}",
        "{title} was not written: {reason}.": "No se escribió {title}: {reason}.",
        "Sign in ink before filing (no typed names or signature images; keep the originals): "
        "{titles}": (
            "Firme a mano con tinta antes de presentar (sin nombres escritos a máquina ni "
            "imágenes de firma; conserve los originales): {titles}"
        ),
        "{title}: {n} page(s) were rotated or not letter size and were scaled to fit letter "
        "paper.": (
            "{title}: {n} página(s) estaban giradas o no eran de tamaño carta y se ajustaron al "
            "papel carta."
        ),
        "{title}: the PDF was damaged; it was repaired. Check every page of it.": (
            "{title}: el PDF estaba dañado y se reparó. Revise cada una de sus páginas."
        ),
        "{title}: its fillable fields could not be flattened; check how it prints.": (
            "{title}: no se pudieron fijar sus campos rellenables; revise cómo se imprime."
        ),
        "{title}: its fillable fields were flattened so the answers print.": (
            "{title}: se fijaron sus campos rellenables para que las respuestas se impriman."
        ),
        "{title}: the image ({width} × {height} px) was reduced to about 300 dpi on letter.": (
            "{title}: la imagen ({width} × {height} px) se redujo a unos 300 ppp en tamaño carta."
        ),
        "{n} answer(s) did not fit the form and its additional-information part; they are on "
        "{pages} continuation page(s) at the end. Sign and date each continuation page.": (
            "{n} respuesta(s) no cupieron en el formulario ni en su parte de información "
            "adicional; están en {pages} página(s) de continuación al final. Firme y feche cada "
            "página de continuación."
        ),
    }
)


# h8 (issue 18 item 4): a filled form's notes (forms.fill), a draft's pronoun note
# (templates.render) and an added form's notes (forms.registry), see desktop/data_text.py
# COMPOSED: the form items by their place, the facts by their descriptions, the relief by its
# name; the values, editions, dates and web addresses stay as written.
ES.update(
    {
        "{place} ({what}): {error}; left blank": "{place} ({what}): {error}; se dejó en blanco",
        "an A-number has 8 or 9 digits, got '{value}'": (
            "un número A tiene 8 o 9 dígitos; se recibió '{value}'"
        ),
        "a U.S. phone number has 10 digits, got '{value}'": (
            "un número de teléfono de EE. UU. tiene 10 dígitos; se recibió '{value}'"
        ),
        "expected a date, got {value}": "se esperaba una fecha; se recibió {value}",
        "{place}: ReliefDesk has no answer for this item for the {relief}; fill it by hand.": (
            "{place}: ReliefDesk no tiene una respuesta para este punto en una solicitud de "
            "{relief}; complételo a mano."
        ),
        "{place}: '{value}' is not one of the choices the form offers for this item; left "
        "blank": (
            "{place}: '{value}' no es una de las opciones que ofrece el formulario para este "
            "punto; se dejó en blanco"
        ),
        "{place}: the form has no box for '{choice}' ({what}); answer it by hand or in the "
        "additional-information part": (
            "{place}: el formulario no tiene casilla para '{choice}' ({what}); respóndalo a mano "
            "o en la parte de información adicional"
        ),
        "The form font cannot show some characters; the printed text uses the closest spelling "
        "while the stored value keeps the original: {places}": (
            "La fuente del formulario no puede mostrar algunos caracteres; el texto impreso usa "
            "la grafía más parecida y el valor guardado conserva el original: {places}"
        ),
        "the recorded answer": "la respuesta registrada",
        'Pronouns in the note "{note}" of {row} ({words}) do not fit the client\'s ({who}): the '
        "draft prints the note as typed; correct it in the profile.": (
            'Los pronombres de la nota "{note}" del {row} ({words}) no coinciden con los del '
            "cliente ({who}): el borrador imprime la nota tal como se escribió; corríjala en el "
            "perfil."
        ),
        "episode": "episodio",
        "entry": "registro",
        "she/her": "ella",
        "he/him": "él",
        "not recorded, so neutral": "no registrados; por lo tanto, neutros",
        "{form} edition {edition} shows an expiry date of {expires}, which has passed. USCIS "
        "usually keeps accepting it until a new edition is issued; check {url} before filing.": (
            "{form}, edición {edition}, muestra una fecha de vencimiento ({expires}) que ya pasó. "
            "USCIS suele seguir aceptándola hasta que publica una nueva edición; consulte {url} "
            "antes de presentar."
        ),
        "{file} already holds answers. ReliefDesk fills blank forms; download a blank copy from "
        "{url} unless you mean to overwrite these answers.": (
            "{file} ya contiene respuestas. ReliefDesk rellena formularios en blanco; descargue "
            "una copia en blanco de {url}, salvo que quiera reemplazar esas respuestas."
        ),
        "No {group} rows ({which}) are recorded. Add them to the profile, or if there are none, "
        "answer this item by hand.": (
            "No hay registros en {group} ({which}). Agréguelos al perfil o, si no hay ninguno, "
            "responda este punto a mano."
        ),
        "any": "cualquiera",
    }
)


def form_note_messages() -> list[str]:
    """The pieces of a filled form's and a draft's notes that are words of their own (see
    desktop/data_text.py COMPOSED): what an entry reads when no fact says it, what a row of
    third-person notes is called, the client's pronouns."""
    from templates.render import NOTE_ROWS

    rows = [*NOTE_ROWS.values(), "entry"]
    words = ["the recorded answer", *rows, "she/her", "he/him", "not recorded, so neutral"]
    return [*words, "any"]


def plan_warnings() -> list[str]:
    """The pieces of the plan's warnings that are data (desktop/data_text.py COMPOSED): the
    sentence with no fee note, each plan's fee note and unknown-condition warnings, a vacatur
    client whose state is unknown, a venue's missing court or county, the offences a state's
    statute reaches and excludes, and the documents' statuses ("... is not included: missing
    file.")."""
    from clauses import load_state_table
    from eligibility.registry import relief_ids
    from packets.plan import load_plan_data
    from packets.providers import PartStatus

    out = [
        "A fee waiver was asked for, but none is available for this filing.",
        "The vacatur papers follow the New York set (CPL 440.10(1)(i)); the client's state is "
        "unknown. Check that state's statute and procedure (VERIFY).",
        "family member",
        "Court not recorded",
        "County not recorded",
    ]
    for relief in relief_ids():
        data = load_plan_data(relief)
        out += [data.fee_note] if data.fee_note else []
        out += [e.unknown_warning for e in data.documents if e.unknown_warning]
    for state in load_state_table().states:
        if state.offense_scope == "nonviolent_only":
            out.append(" ".join(state.offense_scope_text.split()))
            out += state.exclusions
    out += [s.value for s in PartStatus]
    return out


def field_messages() -> list[str]:
    """What the profile editor shows from its specs (desktop/profile_logic.py editor_texts)."""
    sys.path.insert(0, str(ROOT))
    from desktop.profile_logic import editor_texts

    out = [t for texts in editor_texts().values() for t in texts]
    return list(dict.fromkeys([*out, "Yes", "No"]))


ENGINE_SENTENCES = [
    "Met on the current answers.",
    "Not met on the current answers.",
    "Does not apply on the current answers.",
    "Does not apply to this client.",
    "Screening factors present; the legal standard needs attorney judgement.",
    "Capped at 'likely': the rule is marked VERIFY until an attorney checks it.",
    "Capped at 'likely': the rule is stale (not reviewed) until an attorney checks it.",
    "Unknown until these are answered:",
    "Unknown: the answers recorded do not settle this; it needs attorney review or action "
    "(see the flags).",
    "Shown so far:",
]


def rule_fact_descriptions() -> list[str]:
    """What each fact the rules or the form maps read is (its catalogue description, context
    ``Field``): an unknown element names its missing facts and the answers shown so far by these
    words (desktop/data_text.py reason_tr), the documents screen a form's missing answers
    (label_tr). A repeating group is named by the profile's title."""
    sys.path.insert(0, str(ROOT))
    from eligibility.conditions import fact_names
    from eligibility.loader import load_rules
    from facts.catalogue import load_catalogue
    from forms.maps import load_map, map_files

    rules = load_rules()
    nodes = list(rules.common.values())
    for relief in rules.reliefs.values():
        for el in relief.elements:
            nodes += [el.met_if, el.unmet_if, el.not_applicable_if]
            nodes += [x.when for x in el.exceptions]
    names: set[str] = set()
    for node in nodes:
        if node is not None:
            names |= fact_names(node)
    for name in map_files():
        for entry in load_map(name).entries:
            names |= set(entry.facts())
    names -= set(form_item_facts())  # those are Data messages, their ids said in words
    catalogue = load_catalogue()
    return [
        catalogue[n].description for n in sorted(names) if n in catalogue and not n.endswith("[]")
    ]


def opening_messages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from eligibility.interview import OPENING

    return [item.label for item in OPENING]


def data_messages() -> list[str]:
    """Rule texts the assessment shows (context ``Data``, see desktop/data_text.py)."""
    sys.path.insert(0, str(ROOT))
    from desktop.data_text import _DISPLAY, screen_text
    from eligibility.loader import load_rules

    out = list(ENGINE_SENTENCES) + list(_DISPLAY.values()) + ["Yes", "No"]
    for relief in load_rules().reliefs.values():
        for el in relief.elements:
            out.append(el.title)
            out += [x.title for x in el.exceptions]
        for flag in relief.flags:
            out += [flag.title, flag.message]
        for el in relief.elements:
            out += [screen_text(x) for x in el.evidence]
        out += [d.title for d in relief.derivatives]
        for o in relief.other_relief:
            out += [o.title, o.reason]
        out += [d.title for d in relief.deadlines]
    from clauses import load_state_table
    from clauses.evidence import load_evidence
    from desktop.data_text import COMPOSED

    out += list(COMPOSED)  # the documents screen's composed review lines
    from templates.render import _LABELS, COUNSEL_LABELS, TRANSLATOR_LABELS

    out += [*_LABELS.values(), *COUNSEL_LABELS.values(), *TRANSLATOR_LABELS.values()]
    signers = ("the client", "the family member", "the attorney", "the attorney and the client")
    out += [  # packets.plan's signature lines, as the review list shows them
        f"{who} must sign in ink (no signature images; keep the original)" for who in signers
    ]
    out += [i.item for items in load_evidence().relief.values() for i in items]
    out += [t for st in load_state_table().states for t in st.paper_names.values()]
    for state in load_rules().states.values():  # where vacatur papers are filed
        if state.venue is not None:
            out += [" ".join(state.venue.text.split()), " ".join(state.venue.joint_text.split())]
    out += plan_titles()
    out += draft_titles()
    out += plan_warnings()
    out += form_note_messages()
    out += narrative_topics()
    out += tooltip_messages()
    out += problem_messages()
    out += address_messages()
    out += cite_notes()
    return list(dict.fromkeys(t.strip() for t in out if t and t.strip()))


def narrative_topics() -> list[str]:
    """The declaration topics a missing item names ("The client's account: <topic>")."""
    from clauses import load_library
    from templates.render import narrative_topic

    return [narrative_topic(c) for c in load_library() if c.narrative is not None]


def tooltip_messages() -> list[str]:
    """Pieces of the documents and assessment screens' tooltips (see desktop/data_text.py
    COMPOSED): copies authorities, form values' cites, the screening-result labels."""
    from eligibility.assess import OUTCOME_LABELS
    from eligibility.registry import relief_ids
    from forms.maps import load_map, map_files
    from packets.plan import load_plan_data

    out = ["Supporting documents (exhibits)", "stale"]
    for relief in relief_ids():
        for doc in load_plan_data(relief).documents:
            out += [a for c in doc.copies for a in c.authority]
    for name in map_files():  # only a value not reviewed ("VERIFY", "stale") is reported
        for entry in load_map(name).entries:
            out += [v.cite for v in entry.by_relief.values() if v.verify_status != "ok"]
    out += OUTCOME_LABELS.values()
    return [t for t in out if ".md" not in t]  # a developer note is no screen text


def form_item_facts() -> list[str]:
    """The derived facts that answer a form item (facts/derived_forms.py, derived_t_forms.py,
    derived_family_forms.py): the documents screen names one it lacks by its description."""
    from facts.derived import DERIVED

    return [n for n, d in DERIVED.items() if d.compute.__module__.endswith("_forms")]


def problem_messages() -> list[str]:
    """Pieces of the documents screen's review lines about files to add (see
    desktop/data_text.py COMPOSED): the form names and what is to be added."""
    from desktop.data_text import screen_text
    from facts.catalogue import load_catalogue
    from forms.registry import all_forms

    catalogue = load_catalogue()
    out = [screen_text(catalogue[name].description) for name in form_item_facts()]
    out += [f.number for f in all_forms()]
    out += ["the official PDF", "the current edition"]  # packets.providers _form_not_mapped
    translator = "the translator's signed certificate"  # packets.plan: files the plan expects
    out += ["the file", "the completed, signed PDF", translator]
    out += ["the English translation with " + translator]
    out += PLAN_PROBLEMS
    out += EXHIBIT_PATH_REASONS
    return out


#: why a recorded exhibit path is refused (casefile.paths resolve_exhibit, exhibit_path_problem):
#: the reason part of "Exhibit {label}: the file path '{path}' is refused: {reason}."
EXHIBIT_PATH_REASONS = [
    "the path is empty or contains a NUL character",
    "the path contains a NUL character",
    "the path is empty",
    "the path is absolute; it must be relative to the client's exhibits folder",
    "the path climbs out of the client's exhibits folder ('..')",
    "the path is relative and no exhibits folder was given",
    "the file has changed since it was attached (its SHA-256 differs from the recorded one); "
    "attach it again if it is the right document",
]


#: packets.plan's fixed review lines (a document's problems, as the documents screen lists them)
PLAN_PROBLEMS = [
    "needs a full English translation with the translator's certificate (8 CFR 103.2(b)(3))",
    "no exhibit for it yet: record one in the profile's exhibits whose description says what it "
    "is, or mark the element it proves",
]


def address_messages() -> list[str]:
    """The filing addresses' explanatory lines (a line in parentheses, or the court to file
    with) and their authorities, which the documents screen shows (packets.addresses)."""
    from packets.addresses import _data

    out: list[str] = []
    for entry in _data().reliefs.values():
        out += [ln for ln in entry.address.split("\n") if ln.startswith("(")]
        out += entry.authority
        if entry.in_proceedings:
            out += [entry.in_proceedings, *(entry.in_proceedings_authority or [])]
    return out


def cite_notes() -> list[str]:
    """The notes in words that follow a citation the assessment and deadlines show ("INA ...
    (the list of ...)"), or a citation that is words (desktop/data_text.py cite_tr); a Latin
    term ("en banc") and the citations themselves stay as written."""
    import re

    from desktop.data_text import _CITE_NOTE, _DISPLAY
    from eligibility.loader import load_rules
    from facts.psg import library

    cites: set[str] = set()
    for relief in load_rules().reliefs.values():
        for el in relief.elements:
            cites |= set(el.authority)
            for x in el.exceptions:
                cites |= set(x.authority)
        for items in (relief.flags, relief.derivatives, relief.deadlines):
            for item in items:
                cites |= set(item.authority)
    for group in library().groups.values():
        cites |= set(group.authority)
    out: list[str] = []
    for cite in sorted(cites):
        for raw, shown in _DISPLAY.items():
            cite = cite.replace(raw, shown)
        m = _CITE_NOTE.match(cite)
        if m is not None and re.search(r"\b(the|of|and|in|for)\b", m.group("note")):
            out.append(m.group("note"))
        elif "e.g." in cite:
            out.append(cite)
    return out


def plan_titles() -> list[str]:
    """The filing plans' document names (the documents screen shows them, context ``Data``)."""
    from desktop.data_text import plan_title_templates

    return list(plan_title_templates())


def draft_titles() -> list[str]:
    """The drafts' names (templates.registry DOCUMENTS): a review line names the draft to use
    (desktop/data_text.py COMPOSED), context ``Data``."""
    from templates.registry import DOCUMENTS

    return [d.title for d in DOCUMENTS.values()]


def map_review_messages() -> list[str]:
    """Field statuses of the map review screen (``self.tr(STATUS_TEXT[status])``)."""
    sys.path.insert(0, str(ROOT))
    from desktop.map_review_logic import STATUS_TEXT

    return list(STATUS_TEXT.values())


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.iter("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def main() -> int:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sorted(str(p) for p in (ROOT / "desktop").glob("*.py")),
            "-no-obsolete",
            "-ts",
            str(TS),
        ],
        check=True,
        cwd=ROOT,
    )
    root = ET.parse(TS).getroot()
    root.set("language", "es")
    runtime = dict(RUNTIME)
    runtime["Field"] = list(dict.fromkeys([*field_messages(), *rule_fact_descriptions()]))
    runtime["Opening"] = opening_messages()
    runtime["Data"] = data_messages()
    runtime["MapReviewDialog"] = map_review_messages()
    for name, sources in runtime.items():
        ctx = _context(root, name)
        have = {m.findtext("source") for m in ctx.iter("message")}
        for src in sources:
            if src in have:
                continue
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = src
            ET.SubElement(msg, "translation")
    done = total = 0
    missing: list[str] = []
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            total += 1
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if src in ES:
                tr.text = ES[src]
                tr.attrib.pop("type", None)
                done += 1
            else:  # no ES entry: untranslated, even where the old .ts (lupdate keeps it) had one
                tr.text = ""
                tr.set("type", "unfinished")
                missing.append(f"{context}: {src}")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        "<!-- Generated by locale/translate_es.py (lupdate + the ES table); edit the table. -->\n"
        + body
        + "\n",
        encoding="utf-8",
    )
    # -nounfinished: a message without its ES entry is English on screen, never a stale text
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-nounfinished", str(TS), "-qm", str(QM)], check=True
    )
    for line in missing:
        print(f"no Spanish (add it to ES): {line}")
    print(f"{done} of {total} messages translated into Spanish")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
