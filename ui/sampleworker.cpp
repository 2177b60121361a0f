#include "sampleworker.h"

#include "storage/database.h"

#include <QLocale>
#include <QThread>

namespace cd {

SampleWorker::SampleWorker(const Database &source, SampleOptions options,
                           const std::atomic_bool &cancel)
    : m_source(source), m_options(std::move(options)), m_cancel(cancel)
{ }

void SampleWorker::run()
{
    m_ranIn = QThread::currentThread();
    // Qt SQL connections belong to the thread that opened them: this one is ours alone.
    auto database = m_source.reopen();
    if (!database) {
        emit finished(false, database.error());
        return;
    }

    // The generator may report far more often than a dialog can repaint: pass on changes only.
    int lastPercent = -1;
    QString lastPhase;
    const SampleGenerator::Progress progress = [&](int percent, const QString &phase) {
        if (percent == lastPercent && phase == lastPhase)
            return;
        lastPercent = percent;
        lastPhase = phase;
        emit progressChanged(percent, phase);
    };

    const SampleGenerator generator(m_options);
    const auto summary = generator.generate(**database, progress, &m_cancel);
    database->reset();
    if (!summary) {
        emit finished(false, summary.error());
        return;
    }
    const QLocale locale;
    emit finished(true,
                  tr("Created a sample portfolio of %1 clients and %2 customers, with %3 "
                     "contracts and %4 revenue entries.")
                      .arg(locale.toString(summary->clients), locale.toString(summary->customers),
                           locale.toString(summary->contracts),
                           locale.toString(summary->revenueEntries)));
}

} // namespace cd
