import type { L } from "./i18n";
import type { TableKey } from "./tables";

export type Severity = "error" | "warning";

interface ProblemDef {
  readonly severity: Severity;
  /** The summary line: what kind of problem, counted in the report. */
  readonly title: L;
  /** The note at the cell: what is wrong and what to do. Placeholders are filled per cell. */
  readonly message: L;
}

function def(severity: Severity, title: L, message: L): ProblemDef {
  return { severity, title, message };
}

export const PROBLEMS = {
  required: def(
    "error",
    { ru: "Не заполнено обязательное поле", en: "Required field is empty" },
    { ru: "Заполните «{column}».", en: "Fill in “{column}”." },
  ),
  requiredFor: def(
    "error",
    { ru: "Не заполнено поле, нужное для категории", en: "Field required for the category is empty" },
    {
      ru: "Для категории «{category}» заполните «{column}».",
      en: "For the category “{category}” fill in “{column}”.",
    },
  ),
  notInteger: def(
    "error",
    { ru: "Вместо числа текст", en: "Not a number" },
    {
      ru: "«{value}» — не целое число. Введите число, например {example}.",
      en: "“{value}” is not a whole number. Type a number, e.g. {example}.",
    },
  ),
  outOfRange: def(
    "error",
    { ru: "Число вне допустимых пределов", en: "Number out of range" },
    {
      ru: "{value} — вне пределов от {min} до {max}. Проверьте число.",
      en: "{value} is outside {min}–{max}. Check the number.",
    },
  ),
  unknownValue: def(
    "error",
    { ru: "Значения нет в списке", en: "Value not in the list" },
    {
      ru: "«{value}» нет в списке. Выберите одно из значений: {allowed}.",
      en: "“{value}” is not in the list. Choose one of: {allowed}.",
    },
  ),
  badEmail: def(
    "error",
    { ru: "Неверный адрес почты", en: "Malformed e-mail" },
    {
      ru: "«{value}» не похоже на адрес электронной почты. Пример: ivanova@school.ru.",
      en: "“{value}” does not look like an e-mail address. Example: ivanova@school.ru.",
    },
  ),
  badPhone: def(
    "error",
    { ru: "Неверный телефон", en: "Malformed phone" },
    {
      ru: "«{value}» не похоже на номер телефона. Пример: +7 914 123-45-67.",
      en: "“{value}” does not look like a phone number. Example: +7 914 123-45-67.",
    },
  ),
  badDate: def(
    "error",
    { ru: "Неверная дата", en: "Malformed date" },
    {
      ru: "«{value}» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 01.09.2025.",
      en: "“{value}” is not a date. Type DD.MM.YYYY, e.g. 01.09.2025.",
    },
  ),
  dateOutOfRange: def(
    "error",
    { ru: "Дата вне разумных пределов", en: "Date out of range" },
    {
      ru: "{value} — такой даты здесь быть не может (допустимо с {from} по {to}). Проверьте год: вероятно, опечатка.",
      en: "{value} cannot be right here (allowed: {from} to {to}). Check the year: probably a slip.",
    },
  ),
  tooLong: def(
    "error",
    { ru: "Слишком длинный текст", en: "Text too long" },
    {
      ru: "В ячейке {length} знаков, а здесь допустимо не больше {max}: документ, анкета или письмо с таким текстом не получатся. Сократите текст или перенесите подробности в примечание.",
      en: "The cell holds {length} characters; at most {max} fit here, or the document, form or mail cannot be made. Shorten it, or move the details to a note.",
    },
  ),
  badCheckbox: def(
    "error",
    { ru: "Вместо флажка текст", en: "Not a checkbox value" },
    {
      ru: "«{value}» — здесь нужен флажок: отметьте или снимите его.",
      en: "“{value}”: this cell is a checkbox; tick or untick it.",
    },
  ),
  badYear: def(
    "error",
    { ru: "Неверный учебный год", en: "Malformed academic year" },
    {
      ru: "«{value}» — укажите учебный год в виде 2025/2026.",
      en: "“{value}”: type the academic year as 2025/2026.",
    },
  ),
  duplicatePerson: def(
    "error",
    { ru: "Один человек записан дважды", en: "The same person twice" },
    {
      ru: "{name} уже есть в строке {row} с теми же контактами. Оставьте одну строку, перенеся в неё нужные данные.",
      en: "{name} is already in row {row} with the same contacts. Keep one row and move what you need into it.",
    },
  ),
  possibleDuplicate: def(
    "warning",
    { ru: "Возможно, дубль", en: "Possible duplicate" },
    {
      ru: "Такое же ФИО есть в строке {row}. Если это разные люди, укажите e-mail или телефон, чтобы их различать.",
      en: "The same full name is in row {row}. If they are different people, add an e-mail or phone to tell them apart.",
    },
  ),
  sharedContact: def(
    "warning",
    { ru: "Один контакт у разных людей", en: "Contact shared by different people" },
    {
      ru: "{value} уже указан в строке {row} у другого человека. Проверьте, чей это контакт.",
      en: "{value} is already given in row {row} for another person. Check whose contact it is.",
    },
  ),
  duplicateId: def(
    "error",
    { ru: "ID повторяется", en: "Duplicate ID" },
    {
      ru: "ID {value} уже стоит в строке {row}. Если строку скопировали, очистите ID в копии: при следующей проверке надстройка выдаст новый.",
      en: "ID {value} is already in row {row}. If the row was copied, clear the ID in the copy: the next check gives a new one.",
    },
  ),
  minorNoGuardian: def(
    "error",
    { ru: "Несовершеннолетний без согласия представителя", en: "Minor without the representative's consent" },
    {
      ru: "Участник несовершеннолетний: укажите законного представителя и отметьте его согласие.",
      en: "The participant is a minor: give the legal representative and tick their consent.",
    },
  ),
  emptyRequest: def(
    "error",
    { ru: "Пустой запрос наставляемого", en: "Mentee's request is empty" },
    {
      ru: "Не указан запрос: без него наставника не подобрать. Опишите, с чем нужна помощь.",
      en: "No request: a mentor cannot be matched without it. Describe what help is needed.",
    },
  ),
  noConsent: def(
    "warning",
    { ru: "Нет согласия на обработку данных", en: "No personal data consent" },
    {
      ru: "Согласие на обработку персональных данных не отмечено: анкеты и документы этому участнику отправлены не будут.",
      en: "Personal data consent is not ticked: no surveys or documents will be sent to this person.",
    },
  ),
  categoryForm: def(
    "error",
    { ru: "Форма не подходит к категории", en: "Form does not fit the category" },
    {
      ru: "Форма «{form}» не подходит категории «{category}». Для этой формы подходят: {allowed}. Исправьте форму или категорию.",
      en: "The form “{form}” does not fit the category “{category}”. It fits: {allowed}. Correct the form or the category.",
    },
  ),
  modelWithoutForm: def(
    "warning",
    { ru: "Модель указана не для «педагог – педагог»", en: "Model given outside teacher – teacher" },
    {
      ru: "Модель взаимодействия выбирается только для формы «педагог – педагог». Очистите модель или исправьте форму.",
      en: "A model applies only to the teacher – teacher form. Clear the model or correct the form.",
    },
  ),
  youngSpecialistExperience: def(
    "warning",
    { ru: "Стаж молодого специалиста больше 3 лет", en: "Young specialist with more than 3 years" },
    {
      ru: "Молодой специалист — педагог со стажем до {max} лет, а указано {years}. Проверьте категорию или стаж.",
      en: "A young specialist has up to {max} years of experience, but {years} is given. Check the category or experience.",
    },
  ),
  unknownRef: def(
    "error",
    { ru: "Ссылка на несуществующую строку", en: "Reference to a missing row" },
    {
      ru: "На листе «{tab}» нет строки с ID {value}. Скопируйте ID из листа «{tab}».",
      en: "There is no row with ID {value} on the “{tab}” tab. Copy the ID from “{tab}”.",
    },
  ),
  dateOrder: def(
    "error",
    { ru: "Окончание раньше начала", en: "End before start" },
    {
      ru: "Дата окончания раньше даты начала ({start}). Проверьте даты.",
      en: "The end date is before the start date ({start}). Check the dates.",
    },
  ),
  formulaInCell: def(
    "warning",
    { ru: "Формула вместо текста", en: "Formula instead of text" },
    {
      ru: "В ячейке формула {formula}, а не текст. Так бывает, когда вставляют текст, начинающийся с «=»: такая формула может отправить данные базы наружу. Если это не ваша формула, введите значение заново, поставив перед ним апостроф (').",
      en: "The cell holds the formula {formula}, not text. This happens when text starting with “=” is pasted, and such a formula can send the base's data out. If it is not your formula, type the value again with an apostrophe (') in front.",
    },
  ),
  missingColumn: def(
    "error",
    { ru: "Нет столбца", en: "Column missing" },
    {
      ru: "На листе нет столбца «{column}». Выполните «Наставничество → Создать / обновить базу»: столбец добавится в конец, данные не изменятся.",
      en: "The tab has no “{column}” column. Run “Mentoring → Create / update base”: it is added at the end, data stays as it is.",
    },
  ),
  missingTable: def(
    "error",
    { ru: "Нет листа", en: "Tab missing" },
    {
      ru: "В таблице нет листа «{tab}». Выполните «Наставничество → Создать / обновить базу».",
      en: "The spreadsheet has no “{tab}” tab. Run “Mentoring → Create / update base”.",
    },
  ),
  headerMissing: def(
    "error",
    { ru: "Нет строки заголовков", en: "Header row missing" },
    {
      ru: "На листе «{tab}» в строке 1 стоят данные ({cell}: «{value}»), а не названия столбцов: строку заголовков, похоже, удалили, и первая запись читается как заголовок. Выполните «Наставничество → Создать / обновить базу»: над данными вставится строка заголовков, данные не изменятся.",
      en: "Row 1 of the “{tab}” tab holds data ({cell}: “{value}”), not column names: the header row seems deleted, and the first record is read as the header. Run “Mentoring → Create / update base”: a header row is inserted above the data, the data stays as it is.",
    },
  ),
  headerMoved: def(
    "error",
    { ru: "Строка заголовков не на месте", en: "Header row moved" },
    {
      ru: "На листе «{tab}» названия столбцов стоят в строке {row}, а не в строке 1, и строки выше читаются как данные. Удалите пустые строки над заголовками или верните строку заголовков в строку 1 (вырежьте и вставьте), затем повторите действие.",
      en: "On the “{tab}” tab the column names are in row {row}, not in row 1, and the rows above are read as data. Delete the empty rows above the headers or move the header row back to row 1 (cut and paste), then run the action again.",
    },
  ),
  headerMismatch: def(
    "error",
    { ru: "Заголовок не совпадает со столбцом", en: "Header does not match its column" },
    {
      ru: "На листе «{tab}» столбец {letter} подписан «{shown}», но надстройка знает его как «{expected}» (так бывает, когда столбцы переставили вырезанием и вставкой). Пока это не исправлено, действия с этим листом не выполняются. Верните столбцу заголовок «{expected}», если в нём эти данные, или выполните «Создать / обновить базу»: если каждый заголовок однозначен, надстройка сверит столбцы по заголовкам.",
      en: "On the “{tab}” tab column {letter} is headed “{shown}”, but the add-on knows it as “{expected}” (this happens when columns are swapped by cut and paste). Actions on this tab wait until it is fixed. Give the column back its header “{expected}” if it holds that data, or run “Create / update base”: when every header is unambiguous, the add-on matches the columns to their headers.",
    },
  ),
  wrongKind: def(
    "error",
    { ru: "В столбце данные другого вида", en: "Column holds another kind of data" },
    {
      ru: "На листе «{tab}» в столбце «{column}» ({letter}) {count} из {total} значений похожи на {kind}. Проверьте, не перепутаны ли столбцы, и перенесите данные в свои столбцы. Пока это не исправлено, действия с этим листом не выполняются.",
      en: "On the “{tab}” tab, {count} of {total} values in the “{column}” column ({letter}) look like {kind}. Check whether the columns were mixed up and move the data to its own columns. Actions on this tab wait until it is fixed.",
    },
  ),
  leaveNoReason: def(
    "error",
    { ru: "Дата ухода без причины", en: "Leaving date without a reason" },
    {
      ru: "Указана дата ухода, но не причина. Выберите причину в столбце «{column}» (другая организация, уход из профессии, другое).",
      en: "A leaving date is given but no reason. Choose the reason in the “{column}” column (another organisation, left the profession, other).",
    },
  ),
  reasonNoLeave: def(
    "error",
    { ru: "Причина ухода без даты", en: "Reason for leaving without a date" },
    {
      ru: "Указана причина ухода, но не дата. Впишите последний рабочий день в столбец «{column}» или очистите причину.",
      en: "A reason for leaving is given but no date. Type the last working day in the “{column}” column or clear the reason.",
    },
  ),
  leaveBeforeHire: def(
    "error",
    { ru: "Уход раньше приёма", en: "Left before being hired" },
    {
      ru: "Дата ухода раньше даты приёма ({hired}). Проверьте обе даты.",
      en: "The leaving date is before the hiring date ({hired}). Check both dates.",
    },
  ),
  experienceDateFuture: def(
    "error",
    { ru: "Стаж на дату в будущем", en: "Experience dated in the future" },
    {
      ru: "Стаж указан на {value}, а это ещё не наступило. Укажите дату, на которую стаж уже известен (например, 1 сентября этого учебного года).",
      en: "The experience is given as of {value}, which has not come yet. Give a date the experience is already known for (e.g. 1 September of this academic year).",
    },
  ),
  duplicateStaff: def(
    "error",
    { ru: "Сотрудник записан дважды", en: "The same member of staff twice" },
    {
      ru: "{name} уже есть в строке {row} {same}. Оставьте одну строку, перенеся в неё нужные данные.",
      en: "{name} is already in row {row} {same}. Keep one row and move what you need into it.",
    },
  ),
  nameDisagrees: def(
    "warning",
    { ru: "ФИО не совпадает с кодом", en: "Name does not match the code" },
    {
      ru: "Код {id} на листе «{tab}» принадлежит «{name}», а здесь указано «{value}». Проверьте код или исправьте ФИО.",
      en: "The code {id} on the “{tab}” tab belongs to “{name}”, but “{value}” is given here. Check the code or correct the name.",
    },
  ),
  missingSetting: def(
    "error",
    { ru: "Нет строки настройки", en: "Setting row missing" },
    {
      ru: "На листе «Настройки» нет строки «{label}». Выполните «Создать / обновить базу», затем заполните её.",
      en: "The Settings tab has no “{label}” row. Run “Create / update base”, then fill it in.",
    },
  ),
  staffNameDiffers: def(
    "warning",
    { ru: "ФИО расходится с реестром коллектива", en: "Name differs from the staff register" },
    {
      ru: "На листе «{tab}» у {id} ФИО «{value}». Исправьте ФИО здесь или в реестре, чтобы они совпадали.",
      en: "On the “{tab}” tab {id} is named “{value}”. Correct the name here or in the register so that they match.",
    },
  ),
  staffEmailDiffers: def(
    "warning",
    { ru: "E-mail расходится с реестром коллектива", en: "E-mail differs from the staff register" },
    {
      ru: "На листе «{tab}» у {id} e-mail «{value}». Оставьте один действующий адрес здесь и в реестре.",
      en: "On the “{tab}” tab {id} has the e-mail “{value}”. Keep one valid address here and in the register.",
    },
  ),
  staffPositionDiffers: def(
    "warning",
    { ru: "Должность расходится с реестром коллектива", en: "Position differs from the staff register" },
    {
      ru: "На листе «{tab}» у {id} должность «{value}». Исправьте должность здесь или в реестре.",
      en: "On the “{tab}” tab {id} has the position “{value}”. Correct the position here or in the register.",
    },
  ),
  staffExperienceDiffers: def(
    "warning",
    { ru: "Стаж расходится с реестром коллектива", en: "Experience differs from the staff register" },
    {
      ru: "По листу «{tab}» у {id} педагогический стаж на сегодня — {value} (полных лет). Исправьте стаж здесь или стаж и дату «Стаж на дату» в реестре.",
      en: "By the “{tab}” tab {id} has {value} full years of teaching experience today. Correct the experience here, or the experience and its date in the register.",
    },
  ),
  staffLeft: def(
    "warning",
    { ru: "Участник ушёл из организации", en: "Participant has left the organisation" },
    {
      ru: "На листе «{tab}» у {id} дата ухода {date}, а участник здесь ещё участвует. Поставьте статус «выбыл» (и завершите его пары) или уберите дату ухода в реестре, если она ошибочна.",
      en: "On the “{tab}” tab {id} left on {date}, but the participant is still taking part here. Set the status to “left” (and end their pairs), or remove the leaving date in the register if it is wrong.",
    },
  ),
  staffNotLinked: def(
    "warning",
    { ru: "Участник не связан с реестром коллектива", en: "Participant not linked to the staff register" },
    {
      ru: "На листе «{tab}» есть {id} с тем же ФИО. Впишите «{id}» в этот столбец, если это тот же человек: тогда показатели посчитают его один раз.",
      en: "The “{tab}” tab has {id} with the same name. Enter “{id}” in this column if it is the same person: the indicators then count them once.",
    },
  ),
  meetingBeforeStart: def(
    "warning",
    { ru: "Встреча раньше начала пары", en: "Meeting before the pair's start" },
    {
      ru: "Встреча {date} раньше даты начала пары {pair} ({start}, лист «{tab}»). Если дата встречи верна, исправьте дату начала пары; иначе исправьте дату встречи.",
      en: "The meeting on {date} is before pair {pair}'s start ({start}, “{tab}” tab). If the meeting's date is right, correct the pair's start date; otherwise the meeting's.",
    },
  ),
  meetingAfterEnd: def(
    "warning",
    { ru: "Встреча позже окончания пары", en: "Meeting after the pair's end" },
    {
      ru: "Встреча {date} позже даты окончания пары {pair} ({end}, лист «{tab}»). Исправьте дату встречи или продлите пару, изменив дату окончания.",
      en: "The meeting on {date} is after pair {pair}'s end ({end}, “{tab}” tab). Correct the meeting's date, or extend the pair by changing its end date.",
    },
  ),
  meetingAhead: def(
    "warning",
    { ru: "Встреча ещё не прошла", en: "Meeting not held yet" },
    {
      ru: "Дата {date} ещё не наступила: «Ход работы пар» учтёт встречу, когда она пройдёт. Если встреча уже была, исправьте дату.",
      en: "{date} has not come yet: “Pairs' progress” counts the meeting once it is held. If it was held, correct the date.",
    },
  ),
  duplicateMeeting: def(
    "warning",
    { ru: "Встреча записана дважды", en: "The same meeting twice" },
    {
      ru: "Та же пара, дата и этап, что в строке {row}: встреча учитывается один раз. Удалите лишнюю строку или исправьте дату или этап, если это другая встреча.",
      en: "The same pair, date and stage as row {row}: the meeting counts once. Delete the extra row, or correct the date or stage if it is another meeting.",
    },
  ),
} as const satisfies Record<string, ProblemDef>;

export type ProblemCode = keyof typeof PROBLEMS;

/** One problem found by the check, placed at its cell (or at the tab when it has no cell). */
export interface Problem {
  readonly table: TableKey;
  /** Sheet row number (1-based); 1 is the header row. */
  readonly row: number;
  /** The column's key; absent when the problem is the tab's. */
  readonly column?: string;
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
}
