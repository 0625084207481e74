import GoalKit

/// The order of day and month, from every date of the file.
extension CSVLayoutDetector {
    /// Year first when every date is; else DD/MM or MM/DD by the dates only one order reads.
    /// Dates that contradict each other refuse the file, naming both sides; a decision that
    /// rests on a handful of rows among many that fit both is told, with those rows.
    func decideDateOrder(_ survey: CSVFileSurvey, _ layout: inout CSVLayout) throws(ImportError) {
        if let order = profile.dateOrder {
            layout.dateOrder = order
            return
        }
        let dayFirst = survey.onlyDayFirstCount
        let monthFirst = survey.onlyMonthFirstCount
        if survey.dates > 0 && survey.yearFirst == survey.dates {
            layout.dateOrder = .ymd
        } else if dayFirst > 0 && monthFirst > 0 {
            throw ImportError(
                .badValue, file: file,
                line: (dayFirst <= monthFirst ? survey.onlyDayFirst : survey.onlyMonthFirst)[0].line,
                message: """
                    question: the dates disagree on their order: \
                    \(CSVFileSurvey.describe(survey.onlyDayFirst, count: dayFirst)) read only as DD/MM, \
                    \(CSVFileSurvey.describe(survey.onlyMonthFirst, count: monthFirst)) only as MM/DD; \
                    a profile's date_format (--date-format) answers it
                    """)
        } else if dayFirst > 0 || monthFirst > 0 {
            layout.dateOrder = dayFirst > 0 ? .dmy : .mdy
            let witnesses = dayFirst > 0 ? survey.onlyDayFirst : survey.onlyMonthFirst
            let count = max(dayFirst, monthFirst)
            if count < 3 && survey.ambiguousDates > count {
                let name = dayFirst > 0 ? "DD/MM" : "MM/DD"
                layout.notes.append(
                    ImportWarning(
                        line: witnesses[0].line,
                        message: """
                            question: the dates are read as \(name) because \
                            \(CSVFileSurvey.describe(witnesses, count: count)) read only that way; \
                            the other \(survey.ambiguousDates) fit both orders; --date-format in a profile answers it
                            """))
            }
        } else {
            decideAmbiguousOrder(survey, &layout)
        }
    }

    /// Every date fits both orders: dots mean day first; else the decimal mark decides, with a warning.
    private func decideAmbiguousOrder(_ survey: CSVFileSurvey, _ layout: inout CSVLayout) {
        if survey.ambiguousDates > 0 && survey.dottedDates == survey.ambiguousDates {
            layout.dateOrder = .dmy
            return
        }
        layout.dateOrder = layout.decimalMark == .comma ? .dmy : .mdy
        guard survey.ambiguousDates > 0 else { return }
        let reason =
            layout.dateOrder == .dmy
            ? "DD/MM (the amounts use a decimal comma)" : "MM/DD (the amounts use a decimal point)"
        layout.notes.append(
            ImportWarning(
                line: nil,
                message: """
                    every date fits both DD/MM and MM/DD; read as \(reason); \
                    --date-format in a profile answers it
                    """))
    }
}
