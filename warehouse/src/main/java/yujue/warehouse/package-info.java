package yujue.warehouse;
