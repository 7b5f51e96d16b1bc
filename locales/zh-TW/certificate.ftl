# 認定證書（PDF）及其公開核驗頁面。

certificate-title = 高層次人才認定證書
certificate-statement = 茲證明下列人員經認定為高層次人才。
certificate-holder = 持證人
certificate-tier = 人才層次
certificate-criterion = 認定條件
certificate-jurisdiction = 認定地區
certificate-issued-on = 發證日期
certificate-expires-on = 有效期至
certificate-number = 證書編號
certificate-catalogue-version = 目錄版本
certificate-scan-to-verify = 掃碼核驗證書
err-certificate-revoked = 該認定已被撤銷，不能出具證書。

verify-title = 證書核驗
verify-intro = 本頁面用於核驗經本平台出具的證書是否真實、是否仍然有效。
verify-status = 狀態
verify-status-valid = 有效
verify-status-expired = 已過期
verify-status-revoked = 已撤銷
verify-status-renewed = 已由續期證書取代
verify-number = 證書編號
verify-holder = 持證人
verify-tier = 人才層次
verify-issued = 發證日期
verify-expires = 有效期至
verify-masked-note = 為保護個人隱私，持證人姓名部分隱藏；請與證書上的姓名比對。
verify-qr-alt = 指向本核驗頁面的 QR 碼
verify-unknown = 不存在編號為「{ $number }」的證書。請核對證書上印製的編號。
