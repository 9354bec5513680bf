# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stage_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QSplitter,
    QVBoxLayout, QWidget)

class Ui_StageTab(object):
    def setupUi(self, StageTab):
        if not StageTab.objectName():
            StageTab.setObjectName(u"StageTab")
        StageTab.resize(900, 600)
        self.mainLayout = QVBoxLayout(StageTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stepLabel = QLabel(StageTab)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.stepLabel)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")

        self.mainLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(StageTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.itemList = QListWidget(self.listPane)
        self.itemList.setObjectName(u"itemList")

        self.listLayout.addWidget(self.itemList)

        self.splitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailPane)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.RichText)

        self.detailLayout.addWidget(self.detailLabel)

        self.workLayout = QVBoxLayout()
        self.workLayout.setObjectName(u"workLayout")

        self.detailLayout.addLayout(self.workLayout)

        self.splitter.addWidget(self.detailPane)

        self.mainLayout.addWidget(self.splitter)


        self.retranslateUi(StageTab)

        QMetaObject.connectSlotsByName(StageTab)
    # setupUi

    def retranslateUi(self, StageTab):
        self.stepLabel.setText("")
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StageTab", u"Cari\u2026", None))
        self.detailLabel.setText("")
        pass
    # retranslateUi

