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
    "AssessmentView": ["Authority", "Last reviewed", "Evidence that proves it", "None"],
    "InterviewView": [
        "Choose Yes or No, or use Skip / Ask later.",
        "Type a date like 2021-05-14 (year-month-day).",
        "Type a whole number.",
        "Choose one of the options, or use Skip / Ask later.",
        "Type the answer, or use Skip / Ask later.",
    ],
}


def field_messages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from desktop.profile_logic import SECTIONS, client_specs, group_specs, group_title

    out: list[str] = ["Interview answers"]
    for s in SECTIONS:
        out.append(s.title)
        out += [sp.label for sp in client_specs(s.client_fields)]
        for g in s.groups:
            out.append(group_title(g))
            out += [sp.label for sp in group_specs(g)]
    return list(dict.fromkeys(out))


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
    runtime["Field"] = field_messages()
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
    for msg in root.iter("message"):
        total += 1
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if src in ES:
            tr.text = ES[src]
            tr.attrib.pop("type", None)
            done += 1
        else:
            tr.text = tr.text or ""
            tr.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        "<!-- Generated by locale/translate_es.py (lupdate + the ES table); edit the table. -->\n"
        + body
        + "\n",
        encoding="utf-8",
    )
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    print(f"{done} of {total} messages translated into Spanish")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
