#pragma once

#include "models/core/cost/servingmodel.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

// The cost page's workload: traffic at peak (requests/s, or concurrent users and their think time), prompt
// and output lengths, the prefix-cache share and the latency targets a deployment is sized for
// (models/core/cost/servingmodel.h), and whether replicas run always or follow a daily profile. A checkable group: unchecked,
// the page prices the monthly volume of its slider instead. Remembers its values between sessions.
class WorkloadPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit WorkloadPanel(QWidget *parent = nullptr);

    // The workload the fields describe, or nothing while the group is unchecked.
    std::optional<ServingWorkload> workload() const;
    // The last control of the panel in the tab chain, so the column can continue it.
    QWidget *lastInFocusChain() const;

signals:
    void changed();

private:
    void load();
    void save() const;
    void fieldChanged();
    // Shows the rate or the users' rows, as the traffic box says, and the rate the users send; the profile's
    // rows when the hours box asks for one.
    void showTraffic();
    bool byUsers() const;
    ServingWorkload fields() const; // what the fields say, checked or not

    QFormLayout *m_form;
    QComboBox *m_trafficCombo;
    QDoubleSpinBox *m_rateSpin;
    QSpinBox *m_usersSpin;
    QDoubleSpinBox *m_thinkSpin;
    QLabel *m_usersRateLabel;
    QComboBox *m_hoursCombo;
    QSpinBox *m_peakHoursSpin;
    QSpinBox *m_offPeakSpin;
    QSpinBox *m_promptSpin;
    QSpinBox *m_outputSpin;
    QSpinBox *m_prefixSpin;
    QSpinBox *m_ttftSpin;
    QSpinBox *m_tpotSpin;
    QComboBox *m_statisticCombo;
};
