import type { L } from "../domain/i18n";

/** Texts of the menu actions' dialogs. */
export const MSG = {
  busyTitle: { ru: "Подождите", en: "Please wait" },
  busy: {
    ru: "Сейчас с базой работает другое действие (возможно, у другого пользователя). Повторите через минуту.",
    en: "Another action is working with the base (perhaps another user's). Try again in a minute.",
  },
  initTitle: { ru: "База готова", en: "The base is ready" },
  initNothing: {
    ru: "База уже была в порядке: листы и столбцы на месте, ничего не изменено.",
    en: "The base was already complete: tabs and columns are in place, nothing was changed.",
  },
  initCreated: { ru: "Созданы листы: {list}.", en: "Tabs created: {list}." },
  initAddedColumns: {
    ru: "На лист «{tab}» добавлены столбцы: {list}.",
    en: "Columns added to “{tab}”: {list}.",
  },
  initAddedSettings: {
    ru: "В «Настройки» добавлено строк: {n}. Заполните их значения.",
    en: "Rows added to Settings: {n}. Fill in their values.",
  },
  initHeaderRestored: {
    ru: "На лист «{tab}» возвращена строка заголовков: она вставлена над данными, данные не изменены.",
    en: "The header row of “{tab}” is back: inserted above the data, the data is unchanged.",
  },
  initRekeyed: {
    ru: "На листе «{tab}» столбцы сверены с заголовками: {list}.",
    en: "Columns of “{tab}” matched to their headers: {list}.",
  },
  initShapeLeft: {
    ru: "Не исправлено автоматически, исправьте вручную:",
    en: "Not fixed automatically, please fix by hand:",
  },
  initContests: {
    ru: "Отметки «Участие в конкурсах» перенесены на лист «{tab}»: записей {n}, с датой {date} (начало учебного года). Исправьте в них даты и названия конкурсов; новые участия вносите туда же. Старый столбец отметок больше не учитывается, его значения сохранены.",
    en: "The “Took part in contests” ticks were carried to the “{tab}” tab: {n} entries, dated {date} (the start of the academic year). Correct their dates and contest names there; enter new contests there too. The old checkbox column no longer counts; its values are kept.",
  },
  initIds: { ru: "Выдано ID новым строкам: {n}.", en: "IDs given to new rows: {n}." },
  initNext: {
    ru: "Дальше: заполните «Настройки», внесите наставников и наставляемых и выполните «Проверить базу».",
    en: "Next: fill in Settings, enter mentors and mentees, and run “Check the base”.",
  },
  initRoadmap: {
    ru: "План работы на учебный год: меню «Наставничество» → «План работы» внесёт готовую дорожную карту на лист «Дорожная карта» и покажет сроки.",
    en: "The year's plan of work: Mentoring → “Plan of work” puts a ready roadmap on the “Roadmap” tab and shows its deadlines.",
  },
  errorTitle: { ru: "Не получилось", en: "Something went wrong" },
  errorBody: {
    ru: "Действие прервано: {error}\nДанные не потеряны; выполните действие ещё раз. Если ошибка повторится, сообщите куратору надстройки.",
    en: "The action stopped: {error}\nNo data was lost; run the action again. If it happens again, tell the add-on's maintainer.",
  },
  checkToastOk: { ru: "Проверка завершена: ошибок нет.", en: "Check finished: no errors." },
  checkToast: {
    ru: "Проверка завершена: ошибок {errors}, предупреждений {warnings}.",
    en: "Check finished: {errors} errors, {warnings} warnings.",
  },
} as const satisfies Record<string, L>;
