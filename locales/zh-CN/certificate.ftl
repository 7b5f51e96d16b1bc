# 认定证书（PDF）及其公开核验页面。

certificate-title = 高层次人才认定证书
certificate-statement = 兹证明下列人员经认定为高层次人才。
certificate-holder = 持证人
certificate-tier = 人才层次
certificate-criterion = 认定条件
certificate-jurisdiction = 认定地区
certificate-issued-on = 发证日期
certificate-expires-on = 有效期至
certificate-number = 证书编号
certificate-catalogue-version = 目录版本
certificate-scan-to-verify = 扫码核验证书
err-certificate-revoked = 该认定已被撤销，不能出具证书。

verify-title = 证书核验
verify-intro = 本页面用于核验经本平台出具的证书是否真实、是否仍然有效。
verify-status = 状态
verify-status-valid = 有效
verify-status-expired = 已过期
verify-status-revoked = 已撤销
verify-status-renewed = 已由续期证书取代
verify-number = 证书编号
verify-holder = 持证人
verify-tier = 人才层次
verify-issued = 发证日期
verify-expires = 有效期至
verify-masked-note = 为保护个人隐私，持证人姓名部分隐藏；请与证书上的姓名比对。
verify-qr-alt = 指向本核验页面的二维码
verify-unknown = 不存在编号为“{ $number }”的证书。请核对证书上印制的编号。
