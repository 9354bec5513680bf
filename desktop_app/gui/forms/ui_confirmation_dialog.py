# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'confirmation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ConfirmationDialog(object):
    def setupUi(self, ConfirmationDialog):
        if not ConfirmationDialog.objectName():
            ConfirmationDialog.setObjectName(u"ConfirmationDialog")
        ConfirmationDialog.resize(460, 340)
        self.mainLayout = QVBoxLayout(ConfirmationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.datasetLabel = QLabel(ConfirmationDialog)
        self.datasetLabel.setObjectName(u"datasetLabel")
        self.datasetLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.datasetLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.sourceLabel = QLabel(ConfirmationDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(ConfirmationDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.channelLabel = QLabel(ConfirmationDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(ConfirmationDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.personLabel = QLabel(ConfirmationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(ConfirmationDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.dateLabel = QLabel(ConfirmationDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ConfirmationDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.outcomeLabel = QLabel(ConfirmationDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(ConfirmationDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.noteLabel = QLabel(ConfirmationDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ConfirmationDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ConfirmationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.personLabel.setBuddy(self.personEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConfirmationDialog)

        QMetaObject.connectSlotsByName(ConfirmationDialog)
    # setupUi

    def retranslateUi(self, ConfirmationDialog):
        ConfirmationDialog.setWindowTitle(QCoreApplication.translate("ConfirmationDialog", u"Konfirmasi Data", None))
        self.datasetLabel.setText("")
        self.sourceLabel.setText(QCoreApplication.translate("ConfirmationDialog", u"&Sumber data", None))
        self.channelLabel.setText(QCoreApplication.translate("ConfirmationDialog", u"&Cara konfirmasi", None))
        self.personLabel.setText(QCoreApplication.translate("ConfirmationDialog", u"&Narahubung", None))
        self.dateLabel.setText(QCoreApplication.translate("ConfirmationDialog", u"&Tanggal", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ConfirmationDialog", u"&Hasil", None))
        self.noteLabel.setText(QCoreApplication.translate("ConfirmationDialog", u"Ca&tatan", None))
    # retranslateUi

