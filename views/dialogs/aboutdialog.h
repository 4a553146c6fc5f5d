#pragma once

#include <QDialog>

struct Dataset;

// Help > About: the version, how current the open dataset is, and where every fact in it comes from (the
// data sources' origins are their licences' terms: the app redistributes quotes and cited facts, not data).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Dataset &dataset, QWidget *parent = nullptr);

    // The newest as-of date among the dataset's sources ("2026-03"), or an empty string without sources.
    static QString dataAsOf(const Dataset &dataset);
};
