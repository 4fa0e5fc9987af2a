# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled Qt headers (TOKENSCOPE_PCH). A header set is compiled once by a "donor" target and
# reused (REUSE_FROM) by targets whose flags match. GCC uses a .gch only when -fPIC/-fPIE, -g and
# the macros are the same (a macro defined for the donor must be defined for the user; CMake adds
# -Winvalid-pch, so a mismatch warns, and fails the -Werror build), which gives these donors:
#   tokenscope_core             static libraries without widgets (+ sandbox, testsupport)  _CORE
#   tokenscope_ui               the widget library                                          _WIDGETS
#   tokenscope                  the application (an executable: -fPIE)                      _WIDGETS
#   tokenscope_pch_suites       the suites linking our libraries (tests/CMakeLists.txt)     _TEST
#   tokenscope_pch_gui_suites   the suites linking tokenscope_ui (QTEST_MAIN differs)       _TEST_WIDGETS
# A source that defines or undefines a QT_ or OPENSSL_ macro (e.g. #undef QT_USE_QSTRINGBUILDER
# before its includes) is compiled without the precompiled headers.
option(TOKENSCOPE_PCH "Precompile the Qt headers every target includes" ON)

set(TOKENSCOPE_PCH_CORE
    <algorithm> <functional> <memory> <optional> <utility>
    <QByteArray> <QCoreApplication> <QCryptographicHash> <QDateTime> <QDir> <QFile> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLoggingCategory> <QObject>
    <QPointer> <QSet> <QString> <QStringList> <QTimer> <QUrl> <QUrlQuery>
    <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QTcpServer> <QTcpSocket>)
set(TOKENSCOPE_PCH_WIDGETS ${TOKENSCOPE_PCH_CORE}
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QFormLayout> <QHBoxLayout> <QHeaderView>
    <QLabel> <QLineEdit> <QPlainTextEdit> <QPushButton> <QTableWidget> <QVBoxLayout> <QWidget>)
set(TOKENSCOPE_PCH_TEST ${TOKENSCOPE_PCH_CORE}
    <QProcess> <QSignalSpy> <QStandardPaths> <QTemporaryDir> <QTest>)
set(TOKENSCOPE_PCH_TEST_WIDGETS ${TOKENSCOPE_PCH_WIDGETS}
    <QProcess> <QSignalSpy> <QStandardPaths> <QTemporaryDir> <QTest>)

# Sources of target that must not see the precompiled headers first.
function(tokenscope_pch_skip_macro_sources target)
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        if(NOT source MATCHES "\\.(cpp|cxx|cc)$")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${source_dir} OUTPUT_VARIABLE path)
        if(NOT EXISTS ${path})
            continue()
        endif()
        file(STRINGS ${path} redefinitions REGEX "^[ \t]*#[ \t]*(define|undef)[ \t]+(QT_|OPENSSL_)")
        if(redefinitions)
            # The source property is per directory: set it where the target was made.
            set_source_files_properties(${path} TARGET_DIRECTORY ${target}
                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endif()
    endforeach()
endfunction()

# target precompiles the headers of the list named by set (TOKENSCOPE_PCH_*).
function(tokenscope_precompile target set)
    if(NOT TOKENSCOPE_PCH)
        return()
    endif()
    target_precompile_headers(${target} PRIVATE ${${set}})
    tokenscope_pch_skip_macro_sources(${target})
endfunction()

# target uses the headers precompiled for donor (same kind of target, same Qt modules).
function(tokenscope_reuse_precompiled target donor)
    if(NOT TOKENSCOPE_PCH)
        return()
    endif()
    target_precompile_headers(${target} REUSE_FROM ${donor})
    tokenscope_pch_skip_macro_sources(${target})
endfunction()

# The libraries and the application (called once every target exists).
function(tokenscope_precompile_products)
    tokenscope_precompile(tokenscope_core TOKENSCOPE_PCH_CORE)
    tokenscope_reuse_precompiled(tokenscope_sandbox tokenscope_core)
    tokenscope_precompile(tokenscope_ui TOKENSCOPE_PCH_WIDGETS)
    tokenscope_precompile(tokenscope TOKENSCOPE_PCH_WIDGETS)
endfunction()
